package dev.slimline.image;

/**
 * One header of a tar stream after GNU long-name and PAX overrides were applied.
 *
 * @param name       the raw name as stored (not yet normalised: may be absolute or contain {@code ..})
 * @param type       what the entry is
 * @param size       data bytes that follow the header (0 for header-only types)
 * @param linkTarget target of a symlink or hard link, else empty
 * @param offset     byte offset of the header in the tar stream, for messages
 */
public record TarEntry(String name, Type type, long size, String linkTarget, long offset) {

    /** Entry kinds as Go's archive/tar (and so Docker) sees them. */
    public enum Type { FILE, HARDLINK, SYMLINK, DIRECTORY, OTHER }
}
