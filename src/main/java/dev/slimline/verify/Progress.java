package dev.slimline.verify;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Where verify says what it is doing during long work. In CI logs every step is a line with the elapsed time; on
 * a terminal one status line is rewritten in place.
 */
public interface Progress {

    /** A step starts, e.g. "building services/api (optimized)". */
    void step(String what);

    /** The run is over: a terminal status line is cleared. */
    default void done() {
    }

    /** Says nothing (JSON to stdout with no stderr wanted, tests). */
    static Progress silent() {
        return what -> { };
    }

    /** Lines on a terminal are rewritten, elsewhere appended. */
    static Progress to(PrintWriter err, boolean terminal) {
        return terminal ? new TerminalProgress(err) : new LineProgress(err);
    }

    /** {@code 1m05s}, {@code 12.3s}. */
    static String elapsed(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 60) {
            return String.format(java.util.Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(java.util.Locale.ROOT, "%.1fs", duration.toMillis() / 1000.0);
    }
}
