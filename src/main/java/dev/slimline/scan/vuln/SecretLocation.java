package dev.slimline.scan.vuln;

/**
 * A secret left in an image: where it is, never what it is.
 *
 * @param kind         what it looks like ({@code PRIVATE_KEY}, {@code DOTENV}, {@code ENV} ...)
 * @param where        path in the image, or {@code ENV NAME} for a variable
 * @param layer        layer index that added it, -1 for ENV
 * @param deletedLater true when a later layer deleted it: still readable from the layer that added it
 */
public record SecretLocation(String kind, String where, int layer, boolean deletedLater) {
}
