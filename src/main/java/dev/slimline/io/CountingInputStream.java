package dev.slimline.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read or skipped through it: the compressed side of the image bomb guard and the tar offset read
 * {@link #count()}; the OSV record size limit and the terminal status line act in {@link #counted(long)}.
 */
public class CountingInputStream extends FilterInputStream {

    private long count;

    public CountingInputStream(InputStream in) {
        super(in);
    }

    /** Bytes read or skipped so far. */
    public final long count() {
        return count;
    }

    /** Called after {@code n} more bytes passed; {@link #count()} already includes them. Nothing by default. */
    protected void counted(long n) throws IOException {
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = in.skip(n);
        if (skipped > 0) {
            advance(skipped);
        }
        return skipped;
    }

    /** A reset would count bytes twice. */
    @Override
    public boolean markSupported() {
        return false;
    }

    private void advance(long n) throws IOException {
        count += n;
        counted(n);
    }
}
