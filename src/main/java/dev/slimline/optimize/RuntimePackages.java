package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * OS packages the original installs that the runtime needs because what runs names them: an init or privilege
 * dropper in ENTRYPOINT/CMD ({@code tini}, {@code dumb-init}, {@code gosu}, {@code su-exec}), a {@code curl} in the
 * original's HEALTHCHECK when that check is kept, and the commands an entrypoint script of the build context runs.
 * A package is matched by the executable's file name (Debian and Alpine name these packages after their
 * executable), whatever list of build-only packages it is on.
 */
final class RuntimePackages {

    /** Script lines are read up to this many, and only for files the command names. */
    private static final int MAX_SCRIPT_LINES = 400;

    private RuntimePackages() {
    }

    /** The original's installed packages (in its order) that what runs needs. */
    static List<String> of(TemplateInput input, boolean originalHealthcheckKept) {
        Set<String> executables = executables(input, originalHealthcheckKept);
        List<String> kept = new ArrayList<>();
        for (String installed : input.aptPackages()) {
            if (executables.contains(installed) && !kept.contains(installed)) {
                kept.add(installed);
            }
        }
        return kept;
    }

    /** Programs that start as root and switch to another user themselves (the entrypoint-script idiom). */
    private static final Set<String> PRIVILEGE_DROPPERS = Set.of("gosu", "su-exec", "setpriv", "runuser", "setuidgid", "chpst");

    /**
     * The privilege dropper what runs calls ({@code gosu app "$@"} in docker-entrypoint.sh), if any: such an image
     * must start as root (it chowns volumes first), so a rewrite keeps root as the start user.
     */
    static java.util.Optional<String> privilegeDropper(TemplateInput input) {
        return executables(input, false).stream().filter(PRIVILEGE_DROPPERS::contains).findFirst();
    }

    /** File names of the programs ENTRYPOINT/CMD (and the kept HEALTHCHECK) run, and those the scripts they start run. */
    static Set<String> executables(TemplateInput input, boolean originalHealthcheckKept) {
        List<String> words = new ArrayList<>(input.contract().commandWords());
        if (originalHealthcheckKept) {
            input.stage().instructionsOf(Instruction.Healthcheck.class).forEach(h -> words.addAll(List.of(h.text().split("\\s+"))));
        }
        Set<String> names = new LinkedHashSet<>();
        for (String word : words) {
            names.add(baseName(word));
            if (word.endsWith(".sh") || baseName(word).startsWith("docker-entrypoint")) {
                script(input, word).forEach(line -> {
                    for (String token : line.trim().split("[\\s;&|()\"'`]+")) {
                        if (!token.isEmpty()) {
                            names.add(baseName(token));
                        }
                    }
                });
            }
        }
        return names;
    }

    /** The script's lines from the build context (a path in the image is looked up relative to WORKDIR or the root). */
    private static List<String> script(TemplateInput input, String path) {
        String workdir = input.contract().workdir().orElse("/");
        String relative = path.startsWith(workdir + "/") ? path.substring(workdir.length() + 1)
                : path.replaceFirst("^\\./", "").replaceFirst("^/(usr/local/bin/)?", "");
        List<String> candidates = new ArrayList<>(List.of(relative, baseName(path)));
        copiedTo(input, path).ifPresent(candidates::add);
        for (String candidate : candidates) {
            var text = input.read(candidate);
            if (text.isPresent()) {
                return text.get().lines().limit(MAX_SCRIPT_LINES).filter(l -> !l.trim().startsWith("#")).toList();
            }
        }
        return List.of();
    }

    /** The context file a single-source COPY puts at this absolute path ({@code COPY docker/start.sh /usr/local/bin/}). */
    private static java.util.Optional<String> copiedTo(TemplateInput input, String path) {
        return input.stage().instructionsOf(Instruction.Copy.class).stream()
                .filter(c -> c.from().isEmpty() && c.sources().size() == 1)
                .filter(c -> c.destination().equals(path)
                        || c.destination().endsWith("/") && path.equals(c.destination() + baseName(c.sources().get(0))))
                .map(c -> c.sources().get(0).replaceFirst("^\\./", "")).reduce((a, b) -> b);
    }

    private static String baseName(String word) {
        return word.substring(word.lastIndexOf('/') + 1);
    }
}
