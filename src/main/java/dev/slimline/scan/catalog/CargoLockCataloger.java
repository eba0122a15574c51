package dev.slimline.scan.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** One {@code [[package]]} table: its string keys and its {@code dependencies} entries. */
    private record Table(Map<String, String> keys, List<String> dependencies) {

        boolean fromRegistry() {
            return keys.getOrDefault("source", "").startsWith("registry+") && !keys.getOrDefault("name", "").isBlank()
                    && !keys.getOrDefault("version", "").isBlank();
        }

        String purl() {
            return Purl.of("cargo", null, keys.get("name"), keys.get("version"), Map.of());
        }
    }

    static List<CatalogedPackage> parse(String location, byte[] content) {
        List<Table> tables = read(content);
        List<CatalogedPackage> packages = new ArrayList<>();
        for (Table table : tables) {
            if (!table.fromRegistry()) {
                continue;
            }
            String checksum = table.keys().getOrDefault("checksum", "");
            Map<String, String> hashes = checksum.matches("[0-9a-f]{64}") ? Map.of("SHA-256", checksum) : Map.of();
            List<String> dependsOn = table.dependencies().stream().map(d -> resolve(d, tables))
                    .flatMap(Optional::stream).toList();
            packages.add(new CatalogedPackage(PackageType.CARGO, null, table.keys().get("name"),
                    table.keys().get("version"), null, null, null, location, table.purl(),
                    new CatalogedPackage.Details(List.of(), hashes, dependsOn)));
        }
        return packages;
    }

    /**
     * A {@code dependencies} entry is {@code name}, or {@code name version} when the lockfile holds several
     * versions of the crate (and {@code name version (source)} when several sources): the registry crate it names.
     */
    private static Optional<String> resolve(String dependency, List<Table> tables) {
        String[] parts = dependency.split(" ");
        List<Table> candidates = tables.stream().filter(Table::fromRegistry)
                .filter(t -> t.keys().get("name").equals(parts[0]))
                .filter(t -> parts.length < 2 || t.keys().get("version").equals(parts[1])).toList();
        return candidates.size() == 1 ? Optional.of(candidates.get(0).purl()) : Optional.empty();
    }

    private static List<Table> read(byte[] content) {
        List<Table> tables = new ArrayList<>();
        Table table = null;
        boolean inDependencies = false;
        for (String raw : new String(content, StandardCharsets.UTF_8).split("\n")) {
            String line = raw.strip();
            if (inDependencies) {
                if (line.startsWith("]")) {
                    inDependencies = false;
                } else if (line.startsWith("\"") && line.lastIndexOf('"') > 0) {
                    table.dependencies().add(line.substring(1, line.lastIndexOf('"')));
                }
            } else if (line.startsWith("[")) {
                table = line.equals("[[package]]") ? new Table(new HashMap<>(), new ArrayList<>()) : null;
                if (table != null) {
                    tables.add(table);
                }
            } else if (table != null && line.matches("dependencies\\s*=\\s*\\[")) {
                inDependencies = true; // cargo writes one entry per line
            } else if (table != null) {
                int eq = line.indexOf('=');
                String value = eq < 0 ? "" : line.substring(eq + 1).strip();
                if (eq > 0 && value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    table.keys().put(line.substring(0, eq).strip(), value.substring(1, value.length() - 1));
                }
            }
        }
        return tables;
    }
}
