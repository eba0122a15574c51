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
 * {@code docker scout cves --format sarif}: one rule per vulnerability ({@code rules[].id}) whose {@code properties}
 * carry {@code cvssV3_severity}, {@code security-severity} (score), {@code affected_version}, {@code fixed_version}
 * and {@code purls}; each affected package is one finding.
 */
final class ScoutSarifMapper implements ScannerOutputMapper {

    @Override
    public Mapped map(JsonNode report) {
        Map<String, CatalogedPackage> packages = new LinkedHashMap<>();
        List<VulnerabilityFinding> findings = new ArrayList<>();
        for (JsonNode run : report.path("runs")) {
            for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
                JsonNode props = rule.path("properties");
                Optional<Double> score = ScannerOutputMapper.text(props.path("security-severity"))
                        .flatMap(ScoutSarifMapper::number);
                Optional<String> fixed = ScannerOutputMapper.text(props.path("fixed_version"))
                        .filter(v -> !v.equalsIgnoreCase("not fixed"));
                for (String purl : ScannerOutputMapper.strings(props.path("purls"))) {
                    String name = purlName(purl);
                    String version = purlVersion(purl);
                    ScannerOutputMapper.fromPurl(purl, name, version, "").ifPresent(p -> packages.putIfAbsent(purl, p));
                    findings.add(new VulnerabilityFinding(rule.path("id").asText(), List.of(),
                            ScannerOutputMapper.text(rule.path("shortDescription").path("text")).orElse(""),
                            ScannerOutputMapper.severity(props.path("cvssV3_severity").asText()), score,
                            ScannerOutputMapper.purlType(purl), name, version, fixed, purl, "", Optional.empty()));
                }
            }
        }
        return new Mapped(Optional.empty(), List.copyOf(packages.values()), findings);
    }

    private static Optional<Double> number(String text) {
        try {
            return Optional.of(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code pkg:deb/debian/openssl@3.0.11-1?arch=amd64} -> {@code openssl}. */
    static String purlName(String purl) {
        String path = purl.replaceFirst("[?#].*$", "");
        int at = path.lastIndexOf('@');
        String withoutVersion = at < 0 ? path : path.substring(0, at);
        return java.net.URLDecoder.decode(withoutVersion.substring(withoutVersion.lastIndexOf('/') + 1),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    static String purlVersion(String purl) {
        String path = purl.replaceFirst("[?#].*$", "");
        int at = path.lastIndexOf('@');
        return at < 0 ? "" : java.net.URLDecoder.decode(path.substring(at + 1), java.nio.charset.StandardCharsets.UTF_8);
    }
}
