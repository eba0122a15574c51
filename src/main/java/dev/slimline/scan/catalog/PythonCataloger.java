package dev.slimline.scan.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Python distributions from core metadata: {@code *.dist-info/METADATA} and {@code *.egg-info/PKG-INFO} (or a file {@code *.egg-info}). */
final class PythonCataloger {

    private PythonCataloger() {
    }

    static boolean isMetadata(String path) {
        return path.endsWith(".dist-info/METADATA") || path.endsWith(".egg-info/PKG-INFO") || path.endsWith(".egg-info");
    }

    static Optional<CatalogedPackage> parse(String location, byte[] content) {
        List<Map<String, String>> stanzas = Stanzas.parse(content);
        if (stanzas.isEmpty()) {
            return Optional.empty();
        }
        String name = stanzas.get(0).get("Name");
        String version = stanzas.get(0).get("Version");
        if (name == null || name.isBlank() || version == null || version.isBlank()) {
            return Optional.empty();
        }
        // PEP 503 normalised name, as the purl spec asks for pypi.
        String normalized = name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
        return Optional.of(new CatalogedPackage(PackageType.PYPI, null, name, version, null, null, null, location,
                Purl.of("pypi", null, normalized, version, Map.of())));
    }
}
