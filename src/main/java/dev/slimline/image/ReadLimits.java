package dev.slimline.image;

/**
 * Bounds that keep reading an untrusted archive inside fixed memory and time. Every limit is checked
 * before anything is allocated from a size the archive claims; see docs/image-metrics.md "Hostile archives".
 *
 * @param maxEntries          entries in one image, all layers together (more is BAD_INPUT)
 * @param maxMetaHeaderBytes  one GNU long-name/long-link or PAX header (larger ones are skipped and reported)
 * @param maxPathBytes        a path inside a layer (Linux PATH_MAX; longer ones are reported and left out)
 * @param maxPathDepth        path components (deeper ones are reported and left out)
 * @param maxJsonBytes        manifest, index or config JSON (larger is BAD_INPUT)
 * @param maxCapturedBytes    a small file read for its content (/etc/passwd, .npmrc); larger ones are not read
 * @param maxUncompressedBytes uncompressed bytes of all layers together (more is BAD_INPUT)
 * @param maxCompressionRatio uncompressed/compressed bytes of one layer, checked once it passed {@code ratioCheckAfter}
 * @param ratioCheckAfter     uncompressed bytes of a layer before the ratio is checked (small layers compress well)
 */
public record ReadLimits(
        int maxEntries,
        int maxMetaHeaderBytes,
        int maxPathBytes,
        int maxPathDepth,
        int maxJsonBytes,
        int maxCapturedBytes,
        long maxUncompressedBytes,
        long maxCompressionRatio,
        long ratioCheckAfter) {

    /** Limits generous enough for real images (a 1.4 GB python image has about 40 000 entries). */
    public static ReadLimits defaults() {
        return new ReadLimits(2_000_000, 1 << 20, 4096, 256, 16 << 20, 1 << 20,
                256L << 30, 250, 16L << 20);
    }
}
