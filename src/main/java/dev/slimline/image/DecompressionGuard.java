package dev.slimline.image;

import dev.slimline.io.CountingInputStream;
import dev.slimline.SlimlineException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops a decompression bomb: fails with one line when a layer inflates beyond the ratio limit (once past
 * a minimum, since small layers legitimately compress well) or the whole image beyond the absolute limit.
 */
final class DecompressionGuard extends FilterInputStream {
    private final CountingInputStream compressed;
    private final ReadBudget budget;
    private final String label;
    private long produced;
    private byte[] skipBuffer;

    /**
     * @param compressed counts bytes under the decoder (the same stream as {@code decoded} when uncompressed)
     */
    DecompressionGuard(InputStream decoded, CountingInputStream compressed, boolean isCompressed, ReadBudget budget,
            String label) {
        super(decoded);
        this.compressed = isCompressed ? compressed : null;
        this.budget = budget;
        this.label = label;
    }

    long produced() {
        return produced;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            account(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = in.read(buffer, off, len);
        if (n > 0) {
            account(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        if (compressed != null) {
            // A decoder's skip inflates anyway; read so every byte is accounted for.
            if (skipBuffer == null) {
                skipBuffer = new byte[64 * 1024];
            }
            int got = read(skipBuffer, 0, (int) Math.min(n, skipBuffer.length));
            return Math.max(got, 0);
        }
        long skipped = in.skip(n);
        if (skipped > 0) {
            account(skipped);
        }
        return skipped;
    }

    private void account(long n) {
        produced += n;
        budget.addUncompressed(n, label);
        ReadLimits limits = budget.limits();
        if (compressed != null && produced > limits.ratioCheckAfter()
                && produced > limits.maxCompressionRatio() * Math.max(1, compressed.count())) {
            throw SlimlineException.badInput(label + ": layer inflates more than " + limits.maxCompressionRatio()
                    + ":1 (" + compressed.count() + " compressed bytes gave " + produced
                    + "; decompression bomb?)");
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
