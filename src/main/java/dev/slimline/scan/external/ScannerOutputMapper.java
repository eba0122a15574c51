package dev.slimline.scan.external;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.catalog.PackageType;
import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads one scanner's report into slimline's findings and packages. */
public interface ScannerOutputMapper {

    /** What a scanner's report says; {@code distro} like {@code debian 12} when it names one. */
    record Mapped(Optional<String> distro, List<CatalogedPackage> packages, List<VulnerabilityFinding> findings) {
    }

    Mapped map(JsonNode report);

    /** A severity word as scanners print it ({@code HIGH}, {@code Medium}, {@code Negligible}); UNKNOWN otherwise. */
    static CvssSeverity severity(String word) {
        return CvssSeverity.fromLabel(word).orElse(CvssSeverity.UNKNOWN);
    }

    static Optional<String> text(JsonNode node) {
        String value = node == null || node.isMissingNode() || node.isNull() ? "" : node.asText("");
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    /** A package from a purl a scanner reported; empty for purl types slimline does not catalog. */
    static Optional<CatalogedPackage> fromPurl(String purl, String name, String version, String location) {
        if (purl == null || !purl.startsWith("pkg:")) {
            return Optional.empty();
        }
        int slash = purl.indexOf('/');
        String type = slash < 0 ? "" : purl.substring(4, slash);
        for (PackageType candidate : PackageType.values()) {
            if (candidate.purlType().equals(type)) {
                return Optional.of(new CatalogedPackage(candidate, null, name, version, null, null, null, location,
                        purl));
            }
        }
        return Optional.empty();
    }

    /** The purl's type ({@code deb}), or {@code unknown}. */
    static String purlType(String purl) {
        if (purl == null || !purl.startsWith("pkg:") || purl.indexOf('/') < 0) {
            return "unknown";
        }
        return purl.substring(4, purl.indexOf('/'));
    }
}
