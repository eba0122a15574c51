package dev.slimline.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.Severity;
import dev.slimline.scan.catalog.Purl;
import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import dev.slimline.scan.vuln.ScanResult;
import dev.slimline.scan.vuln.SecretLocation;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The scan report as SARIF ({@link SarifLog}) for code-scanning dashboards: one rule per vulnerability id (with
 * {@code security-severity}, the score GitHub sorts by, and the advisory's OSV page), one result per affected package; secrets as rule
 * {@code slimline/secret}. Ignored findings carry a SARIF suppression. Locations are paths inside the image, relative
 * to the base id {@value #IMAGE_ROOT} (not the repository's source root), percent-encoded as SARIF's URIs must be; a
 * jar inside a jar ({@code app.jar!BOOT-INF/lib/x.jar}) becomes a path below the outer jar. Secrets carry the layer that
 * added them, since a secret deleted by a later layer is still readable there.
 */
public final class ScanSarif {

    /** The uriBaseId of paths inside the scanned image's file system. */
    static final String IMAGE_ROOT = "IMAGEROOT";

    static final String SECRET_RULE = "slimline/secret";

    /** Id schemes the OSV database publishes a page for (CVE, GHSA, Debian, Ubuntu, PyPI, Go, RustSec, ...). */
    private static final Pattern OSV_IDS =
            Pattern.compile("(CVE|GHSA|DSA|DLA|DTSA|DEBIAN|USN|UBUNTU|PYSEC|GO|RUSTSEC|MAL|OSV|RHSA|ALSA|GSD)-");

    private ScanSarif() {
    }

    public static String write(ScanResult result) {
        SarifLog sarif = new SarifLog();
        sarif.run().putObject("originalUriBaseIds").putObject(IMAGE_ROOT).putObject("description")
                .put("text", "The root of the file system of " + result.source());
        for (VulnerabilityFinding f : result.findings()) {
            if (!sarif.hasRule(f.id())) {
                ObjectNode rule = sarif.externalRule(f.id(), f.summary().isEmpty() ? f.id() : f.summary(), advisoryPage(f.id()));
                // an unrated advisory gets no security-severity: none is invented
                if (f.score().isPresent() || f.severity() != CvssSeverity.UNKNOWN) {
                    SarifLog.security(rule, f.score(), f.severity().toSeverity());
                } else {
                    rule.withObjectProperty("properties").putArray("tags").add("security");
                }
                rule.withObjectProperty("properties").withArrayProperty("tags").add("vulnerability");
            }
            ObjectNode r = sarif.result(f.id(), level(f.severity()), f.severity() + " " + f.id() + " in "
                    + f.packageType() + ":" + f.packageName() + " " + f.installed()
                    + f.fixedVersion().map(v -> ", fixed in " + v).orElse(", no fix"));
            location(r, f.location(), result.source());
            r.putObject("properties").put("purl", f.purl());
            f.ignoredBecause().ifPresent(reason -> {
                ObjectNode suppression = r.putArray("suppressions").addObject();
                suppression.put("kind", "external");
                suppression.put("justification", reason);
            });
        }
        if (!result.secrets().isEmpty()) {
            SarifLog.security(sarif.rule(SECRET_RULE, "Secret left in the image", "docs/security-scan.md"),
                    Optional.empty(), Severity.HIGH);
            for (SecretLocation s : result.secrets()) {
                ObjectNode r = sarif.result(SECRET_RULE, "error", s.kind() + " at " + s.where()
                        + (s.deletedLater() ? " (deleted by a later layer, still in layer " + s.layer() + ")" : ""));
                location(r, s.where().startsWith("/") ? s.where() : "", result.source());
                if (s.layer() >= 0) {
                    r.putObject("properties").put("layer", s.layer()).put("deletedLater", s.deletedLater());
                }
            }
        }
        return sarif.toJson();
    }

    /** The advisory's page in the OSV database, for the id schemes OSV publishes; else none. */
    static Optional<String> advisoryPage(String id) {
        return OSV_IDS.matcher(id).lookingAt()
                ? Optional.of("https://osv.dev/vulnerability/" + Purl.encode(id)) : Optional.empty();
    }

    /** A path in the image relative to {@value #IMAGE_ROOT}; without one (ENV), the image itself. */
    private static void location(ObjectNode result, String path, String image) {
        ObjectNode artifact = result.putArray("locations").addObject().putObject("physicalLocation")
                .putObject("artifactLocation");
        if (path == null || path.isEmpty()) {
            artifact.put("uri", uri(image));
        } else {
            artifact.put("uri", uri(path.replace("!", "/").replaceAll("^/+", "")));
            artifact.put("uriBaseId", IMAGE_ROOT);
        }
    }

    /** A relative URI reference: each segment percent-encoded (spaces, and colons that would read as a scheme). */
    private static String uri(String path) {
        return Arrays.stream(path.split("/", -1)).map(Purl::encode).collect(Collectors.joining("/"));
    }

    private static String level(CvssSeverity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            default -> "note";
        };
    }
}
