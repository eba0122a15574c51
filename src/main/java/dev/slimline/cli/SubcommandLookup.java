package dev.slimline.cli;

import picocli.CommandLine.Command;

/** Which of {@link SlimlineCommand}'s subcommands a command line runs, read from the annotations alone. */
final class SubcommandLookup {

    private SubcommandLookup() {
    }

    /**
     * The class of the subcommand named by the first argument after any {@code --debug}, or null when there is none
     * (no arguments, {@code --help}, {@code --version}, an unknown word: those need the whole tree, except
     * {@code --version} alone, {@link #versionOnly}).
     */
    static Class<?> named(String... args) {
        int first = firstAfterDebug(args);
        if (first == args.length) {
            return null;
        }
        for (Class<?> subcommand : SlimlineCommand.class.getAnnotation(Command.class).subcommands()) {
            if (subcommand.getAnnotation(Command.class).name().equals(args[first])) {
                return subcommand;
            }
        }
        return null;
    }

    /** True for {@code --version} (or {@code -V}) alone after any {@code --debug}: the root answers it by itself. */
    static boolean versionOnly(String... args) {
        int first = firstAfterDebug(args);
        return first == args.length - 1 && (args[first].equals("--version") || args[first].equals("-V"));
    }

    private static int firstAfterDebug(String... args) {
        int first = 0;
        while (first < args.length && args[first].equals("--debug")) {
            first++;
        }
        return first;
    }
}
