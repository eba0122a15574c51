package dev.slimline.scan.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * NuGet packages of a .NET application from its {@code *.deps.json} (written by the SDK beside the app's dll):
 * each {@code libraries} entry {@code "Name/Version"} of type {@code package}; projects and the runtime pack are not
 * NuGet packages and are left out.
 */
final class DotnetDepsCataloger {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DotnetDepsCataloger() {
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
                    Purl.of("nuget", null, name, version, Map.of())));
        });
        return packages;
    }
}
