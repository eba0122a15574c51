package dev.slimline.scan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PHP packages Composer installed, from {@code vendor/composer/installed.json}: Composer 2 writes
 * {@code {"packages": [...]}}, Composer 1 a bare array. Names are {@code vendor/package}, as Packagist advisories use.
 */
final class ComposerCataloger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ComposerCataloger() {
    }

    static boolean isInstalledJson(String path) {
        return path.equals("vendor/composer/installed.json") || path.endsWith("/vendor/composer/installed.json");
    }

    static List<CatalogedPackage> parse(String location, byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        JsonNode list = root != null && root.isArray() ? root : root == null ? null : root.path("packages");
        List<CatalogedPackage> packages = new ArrayList<>();
        if (list == null) {
            return packages;
        }
        for (JsonNode pkg : list) {
            String fullName = pkg.path("name").asText("");
            String version = pkg.path("version").asText("");
            int slash = fullName.indexOf('/');
            if (slash <= 0 || slash == fullName.length() - 1 || version.isBlank()) {
                continue;
            }
            String vendor = fullName.substring(0, slash);
            String name = fullName.substring(slash + 1);
            List<String> licenses = new ArrayList<>();
            pkg.path("license").forEach(license -> licenses.add(license.asText("")));
            licenses.removeIf(String::isBlank);
            packages.add(new CatalogedPackage(PackageType.COMPOSER, vendor, name, version, null, null, null, location,
                    Purl.of("composer", vendor, name, version, Map.of()), CatalogedPackage.Details.licenses(licenses)));
        }
        return packages;
    }
}
