package dev.slimline.scan.external;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * grype's {@code -o json} report: {@code matches[]} each with a {@code vulnerability} (id, severity, {@code fix.versions},
 * {@code cvss[].metrics.baseScore}), the {@code artifact} it is in (name, version, type, purl, locations) and
 * {@code relatedVulnerabilities} (aliases); {@code distro.name}/{@code version}.
 */
final class GrypeJsonMapper implements ScannerOutputMapper {

    @Override
    public Mapped map(JsonNode report) {
        JsonNode distro = report.path("distro");
        Optional<String> distroName = ScannerOutputMapper.text(distro.path("name"))
                .map(name -> name + ScannerOutputMapper.text(distro.path("version")).map(v -> " " + v).orElse(""));
        Map<String, CatalogedPackage> packages = new LinkedHashMap<>();
        List<VulnerabilityFinding> findings = new ArrayList<>();
        for (JsonNode match : report.path("matches")) {
            JsonNode vuln = match.path("vulnerability");
            JsonNode artifact = match.path("artifact");
            String purl = artifact.path("purl").asText("");
            String location = artifact.path("locations").path(0).path("path").asText("");
            ScannerOutputMapper.fromPurl(purl, artifact.path("name").asText(), artifact.path("version").asText(),
                    location).ifPresent(p -> packages.putIfAbsent(p.purl(), p));
            List<String> aliases = new ArrayList<>();
            match.path("relatedVulnerabilities").forEach(r -> aliases.add(r.path("id").asText()));
            findings.add(new VulnerabilityFinding(vuln.path("id").asText(), aliases,
                    ScannerOutputMapper.text(vuln.path("description")).orElse(""),
                    ScannerOutputMapper.severity(vuln.path("severity").asText()), score(vuln.path("cvss")),
                    purl.isEmpty() ? artifact.path("type").asText("unknown") : ScannerOutputMapper.purlType(purl),
                    artifact.path("name").asText(), artifact.path("version").asText(),
                    ScannerOutputMapper.text(vuln.path("fix").path("versions").path(0)), purl, location,
                    Optional.empty()));
        }
        return new Mapped(distroName, List.copyOf(packages.values()), findings);
    }

    private static Optional<Double> score(JsonNode cvss) {
        double best = -1;
        for (JsonNode entry : cvss) {
            JsonNode base = entry.path("metrics").path("baseScore");
            if (base.isNumber()) {
                best = Math.max(best, base.asDouble());
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }
}
