package dev.slimline.scan.vuln;

import dev.slimline.image.ImageAnalyzer;
import dev.slimline.image.ImageArchive;
import dev.slimline.image.ImageKnowledge;
import dev.slimline.image.ImageReport;
import dev.slimline.image.SecretFile;
import dev.slimline.scan.catalog.Catalog;
import dev.slimline.scan.catalog.ImageCataloger;
import dev.slimline.scan.catalog.OsRelease;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scans one image read with a {@link dev.slimline.scan.catalog.CatalogCapture}: its packages against the OSV
 * database, and the secrets left in it (found by the image reader's detector, locations only).
 */
public final class ImageScanner {

    private final OsvScanner osv;
    private final FindingFilter filter;

    public ImageScanner(OsvScanner osv, FindingFilter filter) {
        this.osv = osv;
        this.filter = filter;
    }

    public ScanResult scan(ImageArchive image, List<String> warnings) {
        Catalog catalog = ImageCataloger.catalog(image);
        OsvScanner.Matches matches = osv.match(catalog);
        List<String> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(filter.warnings());
        return new ScanResult(image.source(), "slimline", catalog.os().map(ImageScanner::distro), catalog.packages(),
                filter.apply(matches.findings()), matches.unscanned(), secrets(image), allWarnings);
    }

    /** Scans a catalog read from an SBOM: its packages only, as there are no layers to look for secrets in. */
    public ScanResult scan(Catalog catalog, List<String> warnings) {
        OsvScanner.Matches matches = osv.match(catalog);
        List<String> allWarnings = new ArrayList<>(warnings);
        allWarnings.addAll(filter.warnings());
        return new ScanResult(catalog.source(), "slimline", catalog.os().map(ImageScanner::distro), catalog.packages(),
                filter.apply(matches.findings()), matches.unscanned(), List.of(), allWarnings);
    }

    /** Secret-looking files (also those a later layer deleted) and ENV variables with secret-looking names. */
    public static List<SecretLocation> secrets(ImageArchive image) {
        ImageReport report = new ImageAnalyzer(ImageKnowledge.load(), 0).analyze(image);
        List<SecretLocation> secrets = new ArrayList<>();
        for (SecretFile file : report.secretFiles()) {
            secrets.add(new SecretLocation(file.kind().name(), "/" + file.path(), file.layer(), file.deletedLater()));
        }
        for (String name : report.secretEnv()) {
            secrets.add(new SecretLocation("ENV", "ENV " + name, -1, false));
        }
        return secrets;
    }

    private static String distro(OsRelease os) {
        return (os.id() + " " + os.versionId()).strip();
    }

    /** A result for another scanner's report, with the same filter applied. */
    public static ScanResult external(String source, String scanner, Optional<String> distro,
            List<dev.slimline.scan.catalog.CatalogedPackage> packages, List<VulnerabilityFinding> findings, FindingFilter filter) {
        return new ScanResult(source, scanner, distro, packages, filter.apply(findings), List.of(), List.of(),
                filter.warnings());
    }
}
