package dev.slimline.optimize;

/** A change to another file of the build context, shown as a diff and written only with --write. */
public record FileEdit(String relativePath, String before, String after) {
}
