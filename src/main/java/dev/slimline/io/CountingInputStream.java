package dev.slimline.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that tells its subclass how many bytes each read or skip passed, for limits and progress. */
public abstract class CountingInputStream extends FilterInputStream {

    private long count;

    protected CountingInputStream(InputStream in) {
        super(in);
    }

    /** Bytes read or skipped so far. */
    protected final long count() {
        return count;
    }

    /** Called after {@code n} more bytes passed; {@link #count()} already includes them. */
    protected abstract void counted(long n) throws IOException;

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
        if (skipped > 0) {
            advance(skipped);
        }
        return skipped;
    }

    private void advance(long n) throws IOException {
        count += n;
        counted(n);
    }
}
