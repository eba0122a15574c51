package dev.slimline.image;

import dev.slimline.SlimlineException;

/** What one image has used of its {@link ReadLimits}, shared by all its layers. */
final class ReadBudget {
    private final ReadLimits limits;
    private long uncompressed;
    private long entries;

    ReadBudget(ReadLimits limits) {
        this.limits = limits;
    }

    ReadLimits limits() {
        return limits;
    }

    void addUncompressed(long n, String label) {
        uncompressed += n;
        if (uncompressed > limits.maxUncompressedBytes()) {
            throw SlimlineException.badInput(label + ": image inflates beyond " + limits.maxUncompressedBytes()
                    + " uncompressed bytes (decompression bomb?)");
        }
    }

    void addEntry(String label) {
        entries++;
        if (entries > limits.maxEntries()) {
            throw SlimlineException.badInput(label + ": more than " + limits.maxEntries()
                    + " entries in the image; refusing to read further");
        }
    }
}
