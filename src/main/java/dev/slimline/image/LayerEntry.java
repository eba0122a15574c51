package dev.slimline.image;

/**
 * One path a layer adds, changes or deletes, after normalisation (relative to the root, no leading or
 * trailing slash).
 *
 * @param path  e.g. {@code usr/bin/gcc-12}; for whiteouts the deleted path, for opaque markers the directory
 * @param type  what the layer does at that path
 * @param size  bytes Docker counts for it: file data, a symlink's target length, 0 for everything else
 */
public record LayerEntry(String path, Type type, long size) {

    public enum Type {
        FILE, SYMLINK, HARDLINK, DIRECTORY, OTHER,
        /** {@code .wh.NAME}: NAME from lower layers is deleted. */
        WHITEOUT,
        /** {@code .wh..wh..opq}: everything lower layers put in this directory is hidden. */
        OPAQUE;

        boolean isDirectory() {
            return this == DIRECTORY;
        }
    }
}
