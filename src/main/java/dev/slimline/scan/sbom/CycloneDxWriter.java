package dev.slimline.scan.sbom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.scan.catalog.Catalog;
import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.catalog.OsRelease;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a catalog as a CycloneDX 1.5 JSON SBOM: the image as the subject component, the distribution as an
 * {@code operating-system} component, each package as a {@code library} with its purl, and where it was found and
 * its source package as {@code slimline:} properties (as syft does with {@code syft:} ones).
 */
public final class CycloneDxWriter {

    public static final String SPEC_VERSION = "1.5";
    private static final ObjectMapper JSON = SbomDocuments.JSON;

    private final String toolVersion;

    public CycloneDxWriter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public ObjectNode toJson(Catalog catalog, Instant timestamp) {
        ObjectNode bom = JSON.createObjectNode();
        bom.put("$schema", "http://cyclonedx.org/schema/bom-" + SPEC_VERSION + ".schema.json");
        bom.put("bomFormat", "CycloneDX");
        bom.put("specVersion", SPEC_VERSION);
        bom.put("serialNumber", "urn:uuid:" + SbomDocuments.documentId(catalog, timestamp));
        bom.put("version", 1);
        ObjectNode metadata = bom.putObject("metadata");
        metadata.put("timestamp", timestamp.truncatedTo(ChronoUnit.SECONDS).toString());
        ObjectNode tool = metadata.putObject("tools").putArray("components").addObject();
        tool.put("type", "application");
        tool.put("name", "slimline");
        tool.put("version", toolVersion);
        ObjectNode subject = metadata.putObject("component");
        subject.put("type", "container");
        subject.put("bom-ref", "image");
        subject.put("name", catalog.source());

        ArrayNode components = bom.putArray("components");
        catalog.os().ifPresent(os -> addOs(components, os));
        Set<String> refs = new HashSet<>();
        List<String> componentRefs = new ArrayList<>(); // parallel to catalog.packages()
        for (CatalogedPackage pkg : catalog.packages()) {
            ObjectNode component = components.addObject();
            component.put("type", "library");
            componentRefs.add(uniqueRef(pkg, refs));
            component.put("bom-ref", componentRefs.get(componentRefs.size() - 1));
            if (pkg.namespace() != null) {
                component.put("group", pkg.namespace());
            }
            component.put("name", pkg.name());
            if (pkg.version() != null && !pkg.version().isBlank()) {
                component.put("version", pkg.version()); // optional in CycloneDX; an empty one is not a version
            }
            pkg.details().hashes().forEach((algorithm, hex) -> {
                ObjectNode hash = component.withArray("hashes").addObject();
                hash.put("alg", algorithm);
                hash.put("content", hex);
            });
            DeclaredLicenses.addCycloneDx(component, pkg.details().licenses());
            component.put("purl", pkg.purl());
            ArrayNode properties = component.putArray("properties");
            property(properties, "slimline:package:type", pkg.type().purlType());
            property(properties, "slimline:location", pkg.location());
            property(properties, "slimline:package:source", pkg.sourceName());
            property(properties, "slimline:package:sourceVersion", pkg.sourceVersion());
            property(properties, "slimline:package:arch", pkg.arch());
        }
        addDependencies(bom, catalog.packages(), componentRefs);
        return bom;
    }

    public String write(Catalog catalog, Instant timestamp) {
        return SbomDocuments.text(toJson(catalog, timestamp));
    }

    /**
     * The SBOM with a VEX {@code vulnerabilities} array: one entry per advisory, its severity as a rating and the
     * components it affects by bom-ref (a component's first bom-ref is its purl).
     */
    public String write(Catalog catalog, Instant timestamp, List<VulnerabilityFinding> findings) {
        ObjectNode bom = toJson(catalog, timestamp);
        ArrayNode vulnerabilities = bom.putArray("vulnerabilities");
        Map<String, ObjectNode> byId = new LinkedHashMap<>();
        for (VulnerabilityFinding finding : findings) {
            ObjectNode vulnerability = byId.computeIfAbsent(finding.id(), id -> newVulnerability(vulnerabilities, finding));
            ArrayNode affects = (ArrayNode) vulnerability.get("affects");
            if (affects.findValuesAsText("ref").stream().noneMatch(finding.purl()::equals)) {
                affects.addObject().put("ref", finding.purl());
            }
        }
        return SbomDocuments.text(bom);
    }

    private static ObjectNode newVulnerability(ArrayNode vulnerabilities, VulnerabilityFinding finding) {
        ObjectNode vulnerability = vulnerabilities.addObject();
        vulnerability.put("bom-ref", "vuln:" + finding.id());
        vulnerability.put("id", finding.id());
        vulnerability.putObject("source").put("name", "OSV");
        ObjectNode rating = vulnerability.putArray("ratings").addObject();
        finding.score().ifPresent(score -> rating.put("score", score));
        rating.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
        if (!finding.aliases().isEmpty()) {
            ArrayNode references = vulnerability.putArray("references");
            for (String alias : finding.aliases()) {
                ObjectNode reference = references.addObject();
                reference.put("id", alias);
                reference.putObject("source").put("name", alias.startsWith("CVE-") ? "NVD" : "OSV");
            }
        }
        if (finding.summary() != null && !finding.summary().isEmpty()) {
            vulnerability.put("description", finding.summary());
        }
        finding.fixedVersion().ifPresent(fixed -> vulnerability.put("recommendation", "Upgrade to " + fixed));
        vulnerability.putArray("affects");
        return vulnerability;
    }

    /**
     * The dependency graph where a lockfile recorded one: each package's bom-ref and those of the packages it
     * depends on (a purl found twice resolves to its first component).
     */
    private static void addDependencies(ObjectNode bom, List<CatalogedPackage> packages, List<String> refs) {
        Map<String, String> firstRefByPurl = new HashMap<>();
        for (int i = 0; i < packages.size(); i++) {
            firstRefByPurl.putIfAbsent(packages.get(i).purl(), refs.get(i));
        }
        for (int i = 0; i < packages.size(); i++) {
            List<String> dependsOn = packages.get(i).details().dependsOn().stream().map(firstRefByPurl::get)
                    .filter(Objects::nonNull).distinct().toList();
            if (!dependsOn.isEmpty()) {
                ObjectNode dependency = bom.withArray("dependencies").addObject();
                dependency.put("ref", refs.get(i));
                dependsOn.forEach(dependency.putArray("dependsOn")::add);
            }
        }
    }

    private static void addOs(ArrayNode components, OsRelease os) {
        if (os.id().isEmpty()) {
            return;
        }
        ObjectNode component = components.addObject();
        component.put("type", "operating-system");
        component.put("bom-ref", "os:" + os.id() + "@" + os.versionId());
        component.put("name", os.id());
        if (!os.versionId().isEmpty()) {
            component.put("version", os.versionId());
        }
        if (!os.prettyName().isEmpty()) {
            component.put("description", os.prettyName());
        }
    }

    /** The purl, made unique when one package is found in two places (two copies of a jar). */
    private static String uniqueRef(CatalogedPackage pkg, Set<String> refs) {
        String ref = pkg.purl();
        for (int i = 2; !refs.add(ref); i++) {
            ref = pkg.purl() + "#" + i;
        }
        return ref;
    }

    private static void property(ArrayNode properties, String name, String value) {
        if (value != null && !value.isEmpty()) {
            ObjectNode property = properties.addObject();
            property.put("name", name);
            property.put("value", value);
        }
    }
}
