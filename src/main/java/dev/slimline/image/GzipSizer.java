package dev.slimline.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * Measures what a registry would store for an uncompressed layer: every byte read through it goes into a
 * gzip stream at the default level (as {@code docker push} compresses) whose output is only counted.
 */
final class GzipSizer extends FilterInputStream {
    private final CountingSink sink = new CountingSink();
    private final GZIPOutputStream gzip;
    private final byte[] skipBuffer = new byte[64 * 1024];

    GzipSizer(InputStream in) {
        super(in);
        try {
            gzip = new GZIPOutputStream(sink, 64 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the gzip stream and returns its length. */
    long finish() throws IOException {
        gzip.finish();
        return sink.count;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            gzip.write(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = in.read(buffer, off, len);
        if (n > 0) {
            gzip.write(buffer, off, n);
        }
        return n;
    }

    /** Skipped bytes are compressed too: the registry stores them. */
    @Override
    public long skip(long n) throws IOException {
        int got = read(skipBuffer, 0, (int) Math.min(n, skipBuffer.length));
        return Math.max(got, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private static final class CountingSink extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
