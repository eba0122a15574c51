package dev.slimline.scan.osv;

import dev.slimline.io.CountingInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails a read past {@code limit} bytes: an archive from the network is untrusted, and one record inflating to
 * gigabytes (a zip bomb) must not take the process's memory with it.
 */
final class SizeLimitedInputStream extends CountingInputStream {

    private final long limit;

    SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    protected void counted(long n) throws IOException {
        if (count() > limit) {
            throw new IOException("record larger than " + (limit >> 20) + " MiB");
        }
    }
}
