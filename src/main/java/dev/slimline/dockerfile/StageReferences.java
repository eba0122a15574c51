package dev.slimline.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** Finds the {@code --from} references of an instruction: COPY --from and RUN --mount=...,from=... */
final class StageReferences {

    private StageReferences() {
    }

    static List<String> of(Instruction instruction) {
        List<String> references = new ArrayList<>();
        if (instruction instanceof Instruction.Copy copy) {
            copy.from().ifPresent(references::add);
        } else if (instruction instanceof Instruction.Run run) {
            for (String mount : run.mounts()) {
                mountFrom(mount).ifPresent(references::add);
            }
        }
        return references;
    }

    /** The {@code from=} field of a {@code --mount} value ({@code type=cache,from=build,target=/x}). */
    static java.util.Optional<String> mountFrom(String mount) {
        for (String field : mount.split(",", -1)) {
            String trimmed = field.trim();
            int equals = trimmed.indexOf('=');
            if (equals > 0 && trimmed.substring(0, equals).trim().equalsIgnoreCase("from")) {
                return java.util.Optional.of(unquote(trimmed.substring(equals + 1).trim()));
            }
        }
        return java.util.Optional.empty();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
