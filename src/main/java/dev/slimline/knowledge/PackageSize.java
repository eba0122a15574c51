package dev.slimline.knowledge;

/**
 * What installing one OS package adds to an image.
 *
 * @param manager      {@code apt} or {@code apk}
 * @param ownBytes     the package's own installed size
 * @param closureBytes the package with the dependencies a slim image lacks (no recommends)
 * @param estimated    true when not read from the package archive's metadata
 */
public record PackageSize(String manager, String name, long ownBytes, long closureBytes, boolean estimated) {
}
