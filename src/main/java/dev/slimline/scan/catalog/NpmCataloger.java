package dev.slimline.scan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * npm packages from {@code node_modules/NAME/package.json} and {@code node_modules/@SCOPE/NAME/package.json}, at any
 * depth (nested node_modules) and in the global folders ({@code usr/lib/node_modules}, {@code usr/local/lib/node_modules}).
 */
final class NpmCataloger {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PACKAGE_JSON =
            Pattern.compile("(?:.*/)?node_modules/(?:@[^/]+/)?[^/@][^/]*/package\\.json");

    private NpmCataloger() {
    }

    static boolean isManifest(String path) {
        return PACKAGE_JSON.matcher(path).matches();
    }

    static Optional<CatalogedPackage> parse(String location, byte[] content) {
        JsonNode json;
        try {
            json = JSON.readTree(content);
        } catch (IOException e) {
            return Optional.empty();
        }
        String fullName = json == null ? "" : json.path("name").asText("");
        String version = json == null ? "" : json.path("version").asText("");
        if (fullName.isBlank() || version.isBlank()) {
            return Optional.empty();
        }
        String namespace = null;
        String name = fullName;
        int slash = fullName.indexOf('/');
        if (fullName.startsWith("@") && slash > 0) {
            namespace = fullName.substring(0, slash);
            name = fullName.substring(slash + 1);
        }
        return Optional.of(new CatalogedPackage(PackageType.NPM, namespace, name, version, null, null, null, location,
                Purl.of("npm", namespace, name, version, Map.of()), CatalogedPackage.Details.licenses(licenses(json))));
    }

    /**
     * Links each installed npm package to the installed copies of its {@code dependencies} and
     * {@code optionalDependencies}, found where node finds them: its own node_modules, then each enclosing folder's.
     */
    static List<CatalogedPackage> linkDependencies(List<CatalogedPackage> packages,
            Function<String, Optional<byte[]>> contentAt) {
        Map<String, CatalogedPackage> byLocation = new HashMap<>();
        packages.stream().filter(p -> p.type() == PackageType.NPM).forEach(p -> byLocation.put(p.location(), p));
        return packages.stream().map(p -> p.type() != PackageType.NPM ? p : contentAt.apply(p.location())
                .map(content -> p.withDependsOn(dependencyNames(content).stream()
                        .map(name -> installed(p.location(), name, byLocation)).flatMap(Optional::stream).toList()))
                .orElse(p)).toList();
    }

    private static List<String> dependencyNames(byte[] content) {
        List<String> names = new ArrayList<>();
        try {
            JsonNode json = JSON.readTree(content);
            for (String field : List.of("dependencies", "optionalDependencies")) {
                json.path(field).fieldNames().forEachRemaining(names::add);
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return names;
    }

    /** The purl of the copy of {@code name} node would load from the package whose package.json is at {@code from}. */
    private static Optional<String> installed(String from, String name, Map<String, CatalogedPackage> byLocation) {
        String dir = from.substring(0, from.lastIndexOf('/'));
        while (true) {
            if (!dir.endsWith("/node_modules")) {
                CatalogedPackage found = byLocation.get(dir + "/node_modules/" + name + "/package.json");
                if (found != null) {
                    return Optional.of(found.purl());
                }
            }
            if (dir.isEmpty()) {
                return Optional.empty(); // the root's node_modules was the last place to look
            }
            dir = dir.substring(0, dir.lastIndexOf('/'));
        }
    }

    /** {@code "license": "MIT"}, or the older {@code {"type": "MIT"}} and {@code "licenses": [{"type": ...}]}. */
    private static List<String> licenses(JsonNode json) {
        JsonNode declared = json.has("license") ? json.path("license") : json.path("licenses");
        List<JsonNode> entries = new ArrayList<>();
        if (declared.isArray()) {
            declared.forEach(entries::add);
        } else {
            entries.add(declared);
        }
        return entries.stream().map(e -> e.isTextual() ? e.asText() : e.path("type").asText(""))
                .filter(text -> !text.isBlank()).toList();
    }
}
