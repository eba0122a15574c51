package dev.slimline.io;

import java.util.Map;

/**
 * Whether human-readable output may carry colour: only on a terminal, and never when {@code NO_COLOR} is set (any
 * value, see no-color.org) or {@code TERM=dumb}. picocli's {@code Ansi.AUTO} is not used: it ignores {@code TERM=dumb}
 * and lets {@code CLICOLOR_FORCE} colour a pipe or a file, which must never receive escape codes.
 */
public final class ColourChoice {

    private ColourChoice() {
    }

    /** True only when {@code terminal} and the environment allows colour. */
    public static boolean enabled(Map<String, String> environment, boolean terminal) {
        return terminal && !environment.containsKey("NO_COLOR") && !"dumb".equals(environment.get("TERM"));
    }

    /** The decision for this process's standard output. */
    public static boolean forStandardOutput() {
        return enabled(System.getenv(), standardStreamsAreTerminal());
    }

    /**
     * True when the JVM has a console on a terminal. Up to Java 21 a console exists only then; newer JDKs may give
     * one on redirected streams too, and answer {@code Console.isTerminal()} (looked up here: the code is built for 21).
     */
    static boolean standardStreamsAreTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: no isTerminal(), and a console means a terminal
        }
    }
}
