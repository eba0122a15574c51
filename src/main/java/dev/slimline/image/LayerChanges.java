package dev.slimline.image;

import java.util.List;

/**
 * What one layer did to the file tree below it. Directories are not counted; a path replaced by the same
 * layer twice counts once per entry.
 *
 * @param added   non-directory paths that did not exist below
 * @param changed non-directory paths that replaced one from a lower layer
 * @param deleted non-directory paths from lower layers removed by a whiteout, an opaque directory or by a
 *                directory being replaced with a file
 */
public record LayerChanges(List<String> added, List<String> changed, List<String> deleted) {
}
