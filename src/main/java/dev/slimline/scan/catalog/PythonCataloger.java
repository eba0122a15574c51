package dev.slimline.scan.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Python distributions from core metadata: {@code *.dist-info/METADATA} and {@code *.egg-info/PKG-INFO} (or a file {@code *.egg-info}). */
final class PythonCataloger {

    /** Longer than any licence's name: a {@code License} field this long is the licence text itself. */
    private static final int MAX_NAME = 100;

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
                Purl.of("pypi", null, normalized, version, Map.of()),
                CatalogedPackage.Details.licenses(license(stanzas.get(0)).stream().toList())));
    }

    /**
     * PEP 639's {@code License-Expression}, else the older free-text {@code License} when it is a name, not the
     * licence's whole text pasted in (many packages do that) nor {@code UNKNOWN}.
     */
    private static Optional<String> license(Map<String, String> fields) {
        String expression = fields.get("License-Expression");
        if (expression != null && !expression.isBlank()) {
            return Optional.of(expression.strip());
        }
        String license = fields.getOrDefault("License", "").strip();
        if (license.isEmpty() || license.equals("UNKNOWN") || license.contains("\n") || license.length() > MAX_NAME) {
            return Optional.empty();
        }
        return Optional.of(license);
    }
}
