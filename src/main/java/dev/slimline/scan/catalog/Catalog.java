package dev.slimline.scan.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What is installed in one image.
 *
 * @param source   the image reference or archive path
 * @param os       the distribution, when the image has an os-release file
 * @param packages every package found, sorted by type, name, version and location
 */
public record Catalog(String source, Optional<OsRelease> os, List<CatalogedPackage> packages) {

    public Catalog {
        packages = List.copyOf(packages);
    }
}
