package dev.slimline.cli;

/**
 * Whether {@code --debug} was given. A static because the error handlers run outside any command
 * instance; the option itself lives on {@link SlimlineCommand} and is inherited by every subcommand.
 */
final class DebugOption {
    private static volatile boolean enabled;

    private DebugOption() {
    }

    static void set(boolean debug) {
        enabled = debug;
    }

    static boolean enabled() {
        return enabled;
    }
}
