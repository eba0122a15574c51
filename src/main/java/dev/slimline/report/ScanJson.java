package dev.slimline.report;

import dev.slimline.report.JsonSchema;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import dev.slimline.scan.vuln.ScanComparison;
import dev.slimline.scan.vuln.ScanResult;
import dev.slimline.scan.vuln.SecretLocation;
import dev.slimline.scan.vuln.Unscanned;
import java.util.List;

/** The scan report as JSON (machine-readable; field names are a public contract). */
public final class ScanJson {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScanJson() {
    }

    public static String write(ScanResult result) {
        ObjectNode root = JsonSchema.root(JSON);
        root.setAll(result(result));
        return text(root);
    }

    public static String write(ScanComparison comparison) {
        ObjectNode root = JsonSchema.root(JSON);
        root.set("before", result(comparison.before()));
        root.set("after", result(comparison.after()));
        root.set("packagesAdded", packages(comparison.packagesAdded()));
        root.set("packagesRemoved", packages(comparison.packagesRemoved()));
        root.set("vulnerabilitiesAdded", findings(comparison.findingsAdded()));
        root.set("vulnerabilitiesRemoved", findings(comparison.findingsRemoved()));
        root.put("introducesNoVulnerability", comparison.introducesNoVulnerability());
        return text(root);
    }

    private static ObjectNode result(ScanResult result) {
        ObjectNode root = JSON.createObjectNode();
        root.put("source", result.source());
        root.put("scanner", result.scanner());
        result.distro().ifPresent(d -> root.put("distro", d));
        root.put("packageCount", result.packages().size());
        root.set("vulnerabilities", findings(result.findings()));
        ArrayNode unscanned = root.putArray("unscanned");
        for (Unscanned u : result.unscanned()) {
            ObjectNode node = unscanned.addObject();
            node.put("type", u.packageType());
            node.put("name", u.packageName());
            node.put("version", u.version());
            node.put("location", u.location());
            node.put("reason", u.reason());
        }
        ArrayNode secrets = root.putArray("secrets");
        for (SecretLocation s : result.secrets()) {
            ObjectNode node = secrets.addObject();
            node.put("kind", s.kind());
            node.put("where", s.where());
            node.put("layer", s.layer());
            node.put("deletedLater", s.deletedLater());
        }
        ArrayNode warnings = root.putArray("warnings");
        result.warnings().forEach(warnings::add);
        root.set("packages", packages(result.packages()));
        return root;
    }

    private static ArrayNode findings(List<VulnerabilityFinding> findings) {
        ArrayNode array = JSON.createArrayNode();
        for (VulnerabilityFinding f : findings) {
            ObjectNode node = array.addObject();
            node.put("id", f.id());
            ArrayNode aliases = node.putArray("aliases");
            f.aliases().forEach(aliases::add);
            node.put("severity", f.severity().name());
            f.score().ifPresent(s -> node.put("score", s));
            node.put("packageType", f.packageType());
            node.put("package", f.packageName());
            node.put("installed", f.installed());
            f.fixedVersion().ifPresent(v -> node.put("fixedVersion", v));
            node.put("purl", f.purl());
            node.put("location", f.location());
            node.put("summary", f.summary());
            f.ignoredBecause().ifPresent(r -> node.put("ignored", r));
        }
        return array;
    }

    private static ArrayNode packages(List<CatalogedPackage> packages) {
        ArrayNode array = JSON.createArrayNode();
        for (CatalogedPackage p : packages) {
            ObjectNode node = array.addObject();
            node.put("type", p.type().purlType());
            node.put("name", p.ecosystemName());
            node.put("version", p.version());
            if (p.sourceName() != null) {
                node.put("source", p.sourceName());
            }
            if (p.sourceVersion() != null) {
                node.put("sourceVersion", p.sourceVersion());
            }
            node.put("purl", p.purl());
            node.put("location", p.location());
        }
        return array;
    }

    static String text(Object tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
