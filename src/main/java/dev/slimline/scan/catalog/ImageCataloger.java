package dev.slimline.scan.catalog;

import dev.slimline.image.ComposedImage;
import dev.slimline.image.ImageArchive;
import dev.slimline.image.LayerEntry;
import dev.slimline.image.LayerStack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Catalogs the packages of an image read with a {@link CatalogCapture}: the layers are merged as the running
 * container sees them, and each visible file is parsed from the copy the layer that last wrote it captured, so a
 * package removed by a later layer (its dpkg stanza gone, its METADATA deleted) is not reported.
 */
public final class ImageCataloger {

    private static final Comparator<CatalogedPackage> ORDER = Comparator.comparing(CatalogedPackage::type)
            .thenComparing(CatalogedPackage::ecosystemName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(CatalogedPackage::version)
            .thenComparing(p -> p.location() == null ? "" : p.location());

    private ImageCataloger() {
    }

    public static Catalog catalog(ImageArchive image) {
        ComposedImage composed = LayerStack.compose(image.layers());
        Optional<OsRelease> os = visible(image, composed, CatalogCapture.OS_RELEASE)
                .or(() -> visible(image, composed, CatalogCapture.OS_RELEASE_FALLBACK))
                .map(OsRelease::parse);
        OsRelease release = os.orElse(new OsRelease("", "", ""));
        List<CatalogedPackage> packages = new ArrayList<>();
        for (Map.Entry<String, ComposedImage.Node> file : composed.finalTree().entrySet()) {
            if (file.getValue().type() != LayerEntry.Type.FILE) {
                continue;
            }
            String path = file.getKey();
            byte[] content = image.layers().get(file.getValue().layer()).capturedFiles().get(path);
            if (content != null) {
                packages.addAll(parse(path, file.getValue().size(), content, release));
            }
        }
        List<CatalogedPackage> linked = new ArrayList<>(NpmCataloger.linkDependencies(packages,
                location -> visible(image, composed, location.substring(1))));
        linked.sort(ORDER);
        return new Catalog(image.source(), os, linked);
    }

    private static List<CatalogedPackage> parse(String path, long size, byte[] content, OsRelease os) {
        String location = "/" + path;
        if (DpkgCataloger.isDatabase(path)) {
            return DpkgCataloger.parse(location, content, os);
        }
        if (path.equals(ApkCataloger.INSTALLED)) {
            return ApkCataloger.parse(location, content, os);
        }
        if (RpmCataloger.isDatabase(path)) {
            return RpmCataloger.parse(location, content, os);
        }
        if (PythonCataloger.isMetadata(path)) {
            return PythonCataloger.parse(location, content).stream().toList();
        }
        if (NpmCataloger.isManifest(path)) {
            return NpmCataloger.parse(location, content).stream().toList();
        }
        if (GemspecCataloger.isSpecification(path)) {
            return GemspecCataloger.parse(location, content).stream().toList();
        }
        if (DotnetDepsCataloger.isDepsFile(path)) {
            return DotnetDepsCataloger.parse(location, content);
        }
        if (ComposerCataloger.isInstalledJson(path)) {
            return ComposerCataloger.parse(location, content);
        }
        if (CargoLockCataloger.isLockfile(path)) {
            return CargoLockCataloger.parse(location, content);
        }
        if (JarCataloger.isArchive(path)) {
            return JarCataloger.toPackages(JarCataloger.decode(content).stream()
                    .map(a -> new JarCataloger.Artifact(a.groupId(), a.artifactId(), a.version(), "/" + a.location()))
                    .toList());
        }
        if (CatalogCapture.kind(path, size) == CatalogCapture.Kind.GO_CANDIDATE) {
            return GoBuildInfo.toPackages(location, content);
        }
        return List.of();
    }

    private static Optional<byte[]> visible(ImageArchive image, ComposedImage composed, String path) {
        ComposedImage.Node node = composed.finalTree().get(path);
        if (node == null || node.type() != LayerEntry.Type.FILE) {
            return Optional.empty();
        }
        return Optional.ofNullable(image.layers().get(node.layer()).capturedFiles().get(path));
    }
}
