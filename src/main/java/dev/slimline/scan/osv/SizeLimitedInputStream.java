package dev.slimline.scan.osv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails a read past {@code limit} bytes: an archive from the network is untrusted, and one record inflating to
 * gigabytes (a zip bomb) must not take the process's memory with it.
 */
final class SizeLimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
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

    private void advance(int n) throws IOException {
        count += n;
        if (count > limit) {
            throw new IOException("record larger than " + (limit >> 20) + " MiB");
        }
    }
}
