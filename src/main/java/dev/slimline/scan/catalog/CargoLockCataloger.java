package dev.slimline.scan.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rust crates from a {@code Cargo.lock} shipped in the image: each {@code [[package]]} table that came from a
 * registry ({@code source = "registry+..."}); path and git dependencies and the workspace's own crates have no
 * advisories of the Rust registry (OSV ecosystem id in {@link dev.slimline.scan.version.Ecosystem}). Cargo writes the file itself in a fixed shape, so its keys are read line by line.
 */
final class CargoLockCataloger {

    private CargoLockCataloger() {
    }

    static boolean isLockfile(String path) {
        return path.equals("Cargo.lock") || path.endsWith("/Cargo.lock");
    }

    static List<CatalogedPackage> parse(String location, byte[] content) {
        List<CatalogedPackage> packages = new ArrayList<>();
        Map<String, String> table = null;
        for (String raw : (new String(content, StandardCharsets.UTF_8) + "\n[end]").split("\n")) {
            String line = raw.strip();
            if (line.startsWith("[")) {
                add(table, location, packages);
                table = line.equals("[[package]]") ? new HashMap<>() : null;
            } else if (table != null) {
                int eq = line.indexOf('=');
                String value = eq < 0 ? "" : line.substring(eq + 1).strip();
                if (eq > 0 && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    table.put(line.substring(0, eq).strip(), value.substring(1, value.length() - 1));
                }
            }
        }
        return packages;
    }

    private static void add(Map<String, String> table, String location, List<CatalogedPackage> packages) {
        if (table == null || !table.getOrDefault("source", "").startsWith("registry+")) {
            return;
        }
        String name = table.get("name");
        String version = table.get("version");
        if (name != null && version != null && !name.isBlank() && !version.isBlank()) {
            packages.add(new CatalogedPackage(PackageType.CARGO, null, name, version, null, null, null, location,
                    Purl.of("cargo", null, name, version, Map.of())));
        }
    }
}
