package dev.slimline.knowledge;

import dev.slimline.dockerfile.ImageReference;

/**
 * The catalog entry found for an image reference.
 *
 * @param requested   the reference as the Dockerfile wrote it, normalised
 * @param image       the entry whose figures apply
 * @param approximate true when the entry is a neighbour (another version or variant of the family), not this tag
 * @param note        why this entry was taken, for reports ({@code "3.11.9 matched the 3.11 line"})
 */
public record CatalogMatch(ImageReference requested, BaseImage image, boolean approximate, String note) {
}
