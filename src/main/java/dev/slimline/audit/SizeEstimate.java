package dev.slimline.audit;

/**
 * An estimated image size split by where the bytes come from.
 *
 * @param baseImage    the final stage's base, build arguments resolved
 * @param baseBytes    the base image's uncompressed size (catalog)
 * @param packageBytes OS packages the image's RUNs install (catalog), apt lists left behind
 * @param payloadBytes files copied in and dependencies installed (PayloadModel)
 * @param layers       base layers plus RUN/COPY/ADD
 * @param approximate  true when the base is unknown to the catalog or matched a neighbouring tag
 */
public record SizeEstimate(String baseImage, long baseBytes, long packageBytes, long payloadBytes, int layers,
                           boolean approximate) {

    public long totalBytes() {
        return baseBytes + packageBytes + payloadBytes;
    }
}
