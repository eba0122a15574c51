package dev.slimline.scan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * NuGet packages of a .NET application from its {@code *.deps.json} (written by the SDK beside the app's dll):
 * each {@code libraries} entry {@code "Name/Version"} of type {@code package}; projects and the runtime pack are not
 * NuGet packages and are left out.
 */
final class DotnetDepsCataloger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SHA512_PREFIX = "sha512-";

    private DotnetDepsCataloger() {
    }

    /** {@code "sha512": "sha512-BASE64"}: the digest of the .nupkg the SDK restored. */
    private static Map<String, String> sha512(String integrity) {
        if (!integrity.startsWith(SHA512_PREFIX)) {
            return Map.of();
        }
        try {
            byte[] digest = Base64.getDecoder().decode(integrity.substring(SHA512_PREFIX.length()));
            return digest.length == 64 ? Map.of("SHA-512", HexFormat.of().formatHex(digest)) : Map.of();
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }

    static boolean isDepsFile(String path) {
        return path.endsWith(".deps.json");
    }

    static List<CatalogedPackage> parse(String location, byte[] content) {
        JsonNode libraries;
        try {
            libraries = JSON.readTree(content).path("libraries");
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        List<CatalogedPackage> packages = new ArrayList<>();
        libraries.properties().forEach(entry -> {
            int slash = entry.getKey().lastIndexOf('/');
            if (!entry.getValue().path("type").asText().equals("package") || slash <= 0
                    || slash == entry.getKey().length() - 1) {
                return;
            }
            String name = entry.getKey().substring(0, slash);
            String version = entry.getKey().substring(slash + 1);
            packages.add(new CatalogedPackage(PackageType.NUGET, null, name, version, null, null, null, location,
                    Purl.of("nuget", null, name, version, Map.of()), new CatalogedPackage.Details(List.of(),
                            sha512(entry.getValue().path("sha512").asText("")), List.of())));
        });
        return packages;
    }
}
