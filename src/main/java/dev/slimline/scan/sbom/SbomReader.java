package dev.slimline.scan.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.SlimlineException;
import dev.slimline.scan.catalog.Catalog;
import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.catalog.OsRelease;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a CycloneDX (1.4 to 1.6) or SPDX (2.2, 2.3) JSON SBOM into a catalog: one package per purl whose type
 * slimline has advisories for. A malformed document is bad input naming the file and the JSON path.
 */
public final class SbomReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CYCLONEDX_VERSIONS = Set.of("1.4", "1.5", "1.6");
    private static final Set<String> SPDX_VERSIONS = Set.of("SPDX-2.2", "SPDX-2.3");

    /** The catalog and how many purls were left out because slimline knows no ecosystem for their type. */
    public record Result(Catalog catalog, int skippedPurls) {
    }

    private final Path file;
    private final List<CatalogedPackage> packages = new ArrayList<>();
    private Optional<OsRelease> os = Optional.empty();
    private int skipped;

    private SbomReader(Path file) {
        this.file = file;
    }

    /** Whether the file looks like a JSON document rather than an image archive (which starts with a tar header). */
    public static boolean isJsonFile(Path path) {
        try (var in = Files.newInputStream(path)) {
            int c;
            do {
                c = in.read();
            } while (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF);
            return c == '{';
        } catch (IOException e) {
            return false;
        }
    }

    public static Result read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw SlimlineException.badInput(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw SlimlineException.badInput(file + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw SlimlineException.badInput(file + ": $: an SBOM is a JSON object");
        }
        SbomReader reader = new SbomReader(file);
        if (root.has("bomFormat")) {
            reader.readCycloneDx(root);
        } else if (root.has("spdxVersion")) {
            reader.readSpdx(root);
        } else {
            throw reader.bad("$", "neither CycloneDX (bomFormat) nor SPDX (spdxVersion)");
        }
        reader.packages.sort(Comparator.comparing(CatalogedPackage::key).thenComparing(CatalogedPackage::location));
        String source = root.path("metadata").path("component").path("name").asText(root.path("name").asText(file.toString()));
        return new Result(new Catalog(source, reader.os, reader.packages), reader.skipped);
    }

    private void readCycloneDx(JsonNode root) {
        if (!"CycloneDX".equals(root.path("bomFormat").asText())) {
            throw bad("$.bomFormat", "expected \"CycloneDX\"");
        }
        String version = root.path("specVersion").asText();
        if (!CYCLONEDX_VERSIONS.contains(version)) {
            throw bad("$.specVersion", "CycloneDX " + (version.isEmpty() ? "without a version" : version)
                    + " is not read (1.4, 1.5 or 1.6 are)");
        }
        readComponents(root.path("components"), "$.components");
    }

    /** Components, also nested ones (a jar inside a jar); the operating-system component gives the release. */
    private void readComponents(JsonNode components, String path) {
        if (components.isMissingNode()) {
            return;
        }
        if (!components.isArray()) {
            throw bad(path, "expected an array");
        }
        for (int i = 0; i < components.size(); i++) {
            JsonNode component = components.get(i);
            String at = path + "[" + i + "]";
            if (!component.isObject()) {
                throw bad(at, "expected an object");
            }
            if ("operating-system".equals(component.path("type").asText()) && os.isEmpty()) {
                os = Optional.of(new OsRelease(component.path("name").asText(), component.path("version").asText(),
                        component.path("description").asText()));
            }
            JsonNode purl = component.get("purl");
            if (purl != null) {
                addPurl(purl, at + ".purl", location(component));
            }
            readComponents(component.path("components"), at + ".components");
        }
    }

    private static String location(JsonNode component) {
        for (JsonNode property : component.path("properties")) {
            if ("slimline:location".equals(property.path("name").asText())) {
                return property.path("value").asText();
            }
        }
        return "sbom";
    }

    private void readSpdx(JsonNode root) {
        String version = root.path("spdxVersion").asText();
        if (!SPDX_VERSIONS.contains(version)) {
            throw bad("$.spdxVersion", "'" + version + "' is not read (SPDX-2.2 or SPDX-2.3 are)");
        }
        JsonNode spdxPackages = root.path("packages");
        if (!spdxPackages.isMissingNode() && !spdxPackages.isArray()) {
            throw bad("$.packages", "expected an array");
        }
        for (int i = 0; i < spdxPackages.size(); i++) {
            JsonNode refs = spdxPackages.get(i).path("externalRefs");
            for (int j = 0; j < refs.size(); j++) {
                JsonNode ref = refs.get(j);
                if ("purl".equals(ref.path("referenceType").asText())) {
                    addPurl(ref.get("referenceLocator"), "$.packages[" + i + "].externalRefs[" + j + "].referenceLocator",
                            "sbom");
                }
            }
        }
    }

    private void addPurl(JsonNode node, String path, String location) {
        if (node == null || !node.isTextual()) {
            throw bad(path, "expected a purl string");
        }
        try {
            Optional<CatalogedPackage> pkg = PurlPackages.toPackage(node.asText(), location);
            if (pkg.isEmpty()) {
                skipped++;
                return;
            }
            packages.add(pkg.get());
            if (os.isEmpty() && pkg.get().type().isOperatingSystem()) {
                os = PurlPackages.distro(node.asText());
            }
        } catch (PurlPackages.BadPurlException e) {
            throw bad(path, e.getMessage());
        }
    }

    private SlimlineException bad(String path, String message) {
        return SlimlineException.badInput(file + ": " + path + ": " + message);
    }
}
