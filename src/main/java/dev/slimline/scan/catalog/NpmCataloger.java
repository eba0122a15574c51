package dev.slimline.scan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
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
                Purl.of("npm", namespace, name, version, Map.of())));
    }
}
