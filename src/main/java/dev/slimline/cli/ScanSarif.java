package dev.slimline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.scan.catalog.Purl;
import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import dev.slimline.scan.vuln.ScanResult;
import dev.slimline.scan.vuln.SecretLocation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scan report as SARIF 2.1.0 for code-scanning dashboards: one rule per vulnerability id (with
 * {@code security-severity}, the score GitHub sorts by), one result per affected package; secrets as rule
 * {@code slimline/secret}. Ignored findings carry a SARIF suppression. Locations are paths inside the image, relative
 * to the base id {@value #IMAGE_ROOT} (not the repository's source root), percent-encoded as SARIF's URIs must be; a
 * jar inside a jar ({@code app.jar!BOOT-INF/lib/x.jar}) becomes a path below the outer jar. Secrets carry the layer that
 * added them, since a secret deleted by a later layer is still readable there.
 */
final class ScanSarif {

    /** The uriBaseId of paths inside the scanned image's file system. */
    static final String IMAGE_ROOT = "IMAGEROOT";

    private ScanSarif() {
    }

    static String write(ScanResult result, String toolVersion) {
        ObjectNode root = ScanJson.JSON.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        run.putObject("originalUriBaseIds").putObject(IMAGE_ROOT).putObject("description")
                .put("text", "The root of the file system of " + result.source());
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "slimline");
        driver.put("version", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        ArrayNode results = run.putArray("results");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (VulnerabilityFinding f : result.findings()) {
            int index = ruleIndex.computeIfAbsent(f.id(), id -> {
                ObjectNode rule = rules.addObject();
                rule.put("id", id);
                rule.putObject("shortDescription").put("text", f.summary().isEmpty() ? id : f.summary());
                ObjectNode props = rule.putObject("properties");
                f.score().ifPresent(s -> props.put("security-severity", String.format(Locale.ROOT, "%.1f", s)));
                props.putArray("tags").add("security").add("vulnerability");
                return rules.size() - 1;
            });
            ObjectNode r = results.addObject();
            r.put("ruleId", f.id());
            r.put("ruleIndex", index);
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", f.severity() + " " + f.id() + " in " + f.packageType() + ":"
                    + f.packageName() + " " + f.installed() + f.fixedVersion().map(v -> ", fixed in " + v).orElse(", no fix"));
            location(r, f.location(), result.source());
            r.putObject("properties").put("purl", f.purl());
            f.ignoredBecause().ifPresent(reason -> {
                ObjectNode suppression = r.putArray("suppressions").addObject();
                suppression.put("kind", "external");
                suppression.put("justification", reason);
            });
        }
        if (!result.secrets().isEmpty()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", "slimline/secret");
            rule.putObject("shortDescription").put("text", "Secret left in the image");
            int index = rules.size() - 1;
            for (SecretLocation s : result.secrets()) {
                ObjectNode r = results.addObject();
                r.put("ruleId", "slimline/secret");
                r.put("ruleIndex", index);
                r.put("level", "error");
                r.putObject("message").put("text", s.kind() + " at " + s.where()
                        + (s.deletedLater() ? " (deleted by a later layer, still in layer " + s.layer() + ")" : ""));
                location(r, s.where().startsWith("/") ? s.where() : "", result.source());
                if (s.layer() >= 0) {
                    r.putObject("properties").put("layer", s.layer()).put("deletedLater", s.deletedLater());
                }
            }
        }
        return ScanJson.text(root);
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
