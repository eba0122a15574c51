package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Instruction;

/** The file name of a COPY/ADD source, without directories and a trailing slash. */
final class CopiedSourceNames {

    private CopiedSourceNames() {
    }

    static String fileName(String source) {
        String s = source;
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.substring(s.lastIndexOf('/') + 1);
    }

    /** Sources that are not here-documents and do not come from another stage or image. */
    static java.util.List<String> localSources(Instruction.FileTransfer transfer) {
        if (transfer.from().isPresent()) {
            return java.util.List.of();
        }
        return transfer.sources().stream().filter(s -> !s.startsWith("<<")).toList();
    }
}
