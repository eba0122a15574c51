package dev.slimline.scan.external;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * trivy's {@code --format json} report (schema version 2): {@code Metadata.OS}, and per {@code Results[]} target its
 * {@code Packages} (with {@code --list-all-pkgs}) and {@code Vulnerabilities} ({@code VulnerabilityID}, {@code PkgName},
 * {@code InstalledVersion}, {@code FixedVersion}, {@code Severity}, {@code CVSS}, {@code PkgIdentifier.PURL}).
 */
final class TrivyJsonMapper implements ScannerOutputMapper {

    @Override
    public Mapped map(JsonNode report) {
        JsonNode os = report.path("Metadata").path("OS");
        Optional<String> distro = ScannerOutputMapper.text(os.path("Family"))
                .map(family -> family + ScannerOutputMapper.text(os.path("Name")).map(n -> " " + n).orElse(""));
        List<CatalogedPackage> packages = new ArrayList<>();
        List<VulnerabilityFinding> findings = new ArrayList<>();
        for (JsonNode result : report.path("Results")) {
            String target = result.path("Target").asText("");
            for (JsonNode pkg : result.path("Packages")) {
                ScannerOutputMapper.fromPurl(pkg.path("Identifier").path("PURL").asText(null),
                        pkg.path("Name").asText(), pkg.path("Version").asText(), target).ifPresent(packages::add);
            }
            for (JsonNode v : result.path("Vulnerabilities")) {
                String purl = v.path("PkgIdentifier").path("PURL").asText(null);
                findings.add(new VulnerabilityFinding(v.path("VulnerabilityID").asText(), List.of(),
                        ScannerOutputMapper.text(v.path("Title")).orElse(""),
                        ScannerOutputMapper.severity(v.path("Severity").asText()), score(v.path("CVSS")),
                        purl == null ? result.path("Type").asText("unknown") : ScannerOutputMapper.purlType(purl),
                        v.path("PkgName").asText(), v.path("InstalledVersion").asText(),
                        ScannerOutputMapper.text(v.path("FixedVersion")), purl == null ? "" : purl,
                        ScannerOutputMapper.text(v.path("PkgPath")).orElse(target), Optional.empty()));
            }
        }
        return new Mapped(distro, packages, findings);
    }

    /** The NVD v3 score when given, else any source's. */
    private static Optional<Double> score(JsonNode cvss) {
        JsonNode nvd = cvss.path("nvd").path("V3Score");
        if (nvd.isNumber()) {
            return Optional.of(nvd.asDouble());
        }
        for (JsonNode source : cvss) {
            if (source.path("V3Score").isNumber()) {
                return Optional.of(source.path("V3Score").asDouble());
            }
        }
        return Optional.empty();
    }
}
