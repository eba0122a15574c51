package dev.slimline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * One progress line on standard error for long reads (an image streamed from the engine, an OSV archive
 * downloading), rewritten in place. Only on a terminal whose {@code TERM} is not {@code dumb}: on a pipe, in a file
 * or in CI nothing is written, so logs and parsed output never see it.
 */
public final class StatusLine {

    /** How often a streamed read reports: often enough to move, rarely enough to cost nothing. */
    static final long EVERY_BYTES = 8L << 20;
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintStream err;
    private final boolean enabled;

    public StatusLine(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** For this process: standard error, shown when the standard streams are a terminal and TERM is not dumb. */
    public static StatusLine forStandardError() {
        return new StatusLine(System.err,
                ColourChoice.standardStreamsAreTerminal() && !"dumb".equals(System.getenv("TERM")));
    }

    /** Shows what is being done now in place of the previous line. */
    public void show(String text) {
        if (enabled) {
            err.print(CLEAR_LINE + text);
            err.flush();
        }
    }

    /** Clears the line, so what is printed next starts at the left margin. */
    public void clear() {
        if (enabled) {
            err.print(CLEAR_LINE);
            err.flush();
        }
    }

    /** {@code in}, showing "LABEL: N MB read" every 8 MB while it is read and clearing the line when it closes. */
    public InputStream reading(String label, InputStream in) {
        return enabled ? new CountingStream(label, in) : in;
    }

    private final class CountingStream extends CountingInputStream {

        private final String label;
        private long shown;

        CountingStream(String label, InputStream in) {
            super(in);
            this.label = label;
        }

        @Override
        protected void counted(long n) {
            if (count() - shown >= EVERY_BYTES) {
                shown = count();
                show(String.format(Locale.ROOT, "%s: %.0f MB read", label, count() / 1e6));
            }
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                clear();
            }
        }
    }
}
