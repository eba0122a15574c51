package dev.slimline.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * One progress line on standard error for long reads (an image streamed from the engine, an OSV archive
 * downloading), rewritten in place. Only on a terminal whose {@code TERM} is not {@code dumb}: on a pipe, in a file
 * or in CI nothing is written, so logs and parsed output never see it.
 */
public final class TerminalProgress {

    /** How often a streamed read reports: often enough to move, rarely enough to cost nothing. */
    static final long EVERY_BYTES = 8L << 20;
    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintStream err;
    private final boolean enabled;

    public TerminalProgress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** For this process: standard error, shown when the standard streams are a terminal and TERM is not dumb. */
    public static TerminalProgress forStandardError() {
        return new TerminalProgress(System.err,
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

    private final class CountingStream extends FilterInputStream {

        private final String label;
        private long read;
        private long shown;

        CountingStream(String label, InputStream in) {
            super(in);
            this.label = label;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            advance(skipped);
            return skipped;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                clear();
            }
        }

        private void advance(long n) {
            read += n;
            if (read - shown >= EVERY_BYTES) {
                shown = read;
                show(String.format(Locale.ROOT, "%s: %.0f MB read", label, read / 1e6));
            }
        }
    }
}
