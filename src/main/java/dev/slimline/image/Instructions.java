package dev.slimline.image;

/** Turns a history {@code created_by} into the Dockerfile instruction a person wrote. */
final class Instructions {
    private static final String NOP = "/bin/sh -c #(nop) ";
    private static final String SHELL = "/bin/sh -c ";
    private static final String BUILDKIT = " # buildkit";

    private Instructions() {
    }

    static String readable(String createdBy) {
        String text = createdBy.strip();
        if (text.endsWith(BUILDKIT)) {
            text = text.substring(0, text.length() - BUILDKIT.length()).strip();
        }
        if (text.startsWith("RUN " + SHELL)) {
            // BuildKit: "RUN /bin/sh -c cmd # buildkit".
            return "RUN " + text.substring(4 + SHELL.length()).strip();
        }
        if (text.startsWith(NOP)) {
            return text.substring(NOP.length()).strip();
        }
        if (text.startsWith(SHELL)) {
            return "RUN " + text.substring(SHELL.length()).strip();
        }
        if (text.startsWith("|")) {
            // Legacy builder with build args: "|2 A=1 B=2 /bin/sh -c cmd".
            int shell = text.indexOf(SHELL);
            if (shell > 0) {
                return "RUN " + text.substring(shell + SHELL.length()).strip();
            }
        }
        return text;
    }
}
