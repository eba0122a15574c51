package dev.slimline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import dev.slimline.scan.vuln.ScanResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** scan's GitLab container scanning report: the fields GitLab's 15.x report format requires, per active finding. */
class GitLabContainerScanningReportTest {

    private static VulnerabilityFinding finding(String id, CvssSeverity severity, Optional<String> ignored) {
        return new VulnerabilityFinding(id, List.of("CVE-2024-25062"), "use-after-free in xmlValidatePopElement", severity,
                Optional.of(7.5), "deb", "libxml2", "2.9.14+dfsg-1.3~deb12u1", Optional.of("2.9.14+dfsg-1.3~deb12u2"),
                "pkg:deb/debian/libxml2@2.9.14", "/var/lib/dpkg/status", ignored);
    }

    @Test
    void activeFindingsBecomeVulnerabilitiesWithIdentifiersLocationAndScan() throws Exception {
        ScanResult result = new ScanResult("app:1.0", "slimline", Optional.of("debian 12"), List.of(),
                List.of(finding("DSA-5999-1", CvssSeverity.HIGH, Optional.empty()),
                        finding("DSA-1-1", CvssSeverity.LOW, Optional.of("accepted"))), List.of(), List.of(), List.of());
        String text = GitLabContainerScanningReport.write(result, "1.2.3", Instant.parse("2026-12-03T09:00:00.5Z"),
                Instant.parse("2026-12-03T09:00:07Z"));
        JsonNode report = new ObjectMapper().readTree(text);

        assertThat(report.path("version").asText()).isEqualTo(GitLabContainerScanningReport.VERSION);
        assertThat(report.path("vulnerabilities")).hasSize(1);
        JsonNode vulnerability = report.path("vulnerabilities").get(0);
        assertThat(vulnerability.path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(vulnerability.path("severity").asText()).isEqualTo("High");
        assertThat(vulnerability.path("solution").asText()).isEqualTo("Upgrade libxml2 to 2.9.14+dfsg-1.3~deb12u2");
        assertThat(vulnerability.path("identifiers").findValuesAsText("value")).containsExactly("DSA-5999-1", "CVE-2024-25062");
        assertThat(vulnerability.path("identifiers").findValuesAsText("type")).containsExactly("dsa", "cve");
        JsonNode location = vulnerability.path("location");
        assertThat(location.path("dependency").path("package").path("name").asText()).isEqualTo("libxml2");
        assertThat(location.path("dependency").path("version").asText()).isEqualTo("2.9.14+dfsg-1.3~deb12u1");
        assertThat(location.path("operating_system").asText()).isEqualTo("debian 12");
        assertThat(location.path("image").asText()).isEqualTo("app:1.0");
        JsonNode scan = report.path("scan");
        assertThat(scan.path("type").asText()).isEqualTo("container_scanning");
        assertThat(scan.path("status").asText()).isEqualTo("success");
        assertThat(scan.path("start_time").asText()).isEqualTo("2026-12-03T09:00:00");
        assertThat(scan.path("end_time").asText()).isEqualTo("2026-12-03T09:00:07");
        assertThat(scan.path("analyzer").path("vendor").path("name").asText()).isEqualTo("slimline");
        assertThat(GitLabContainerScanningReport.write(result, "1.2.3", Instant.EPOCH, Instant.EPOCH))
                .as("ids stable across runs").contains(vulnerability.path("id").asText());
    }
}
