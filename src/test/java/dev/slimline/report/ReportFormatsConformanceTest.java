package dev.slimline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.audit.Auditor;
import dev.slimline.audit.Monorepo;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.rule.LintOptions;
import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.vuln.ScanResult;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * audit's checkstyle and GitLab code quality reports, and scan's GitLab container scanning report, checked against
 * the formats' own definitions (see src/test/resources/gitlab/SOURCE.md); each check is shown live on a broken copy.
 */
class ReportFormatsConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    AuditReport audit;

    @BeforeEach
    void audit() {
        Monorepo.write(dir);
        Monorepo.file(dir, "services/broken/Dockerfile", "FROM node:18\nCOPY onlyone\n");
        audit = new Auditor(KnowledgeCatalog.bundled()).audit(dir, LintOptions.defaults()).report();
        assertThat(audit.parseErrors()).as("the parse-error path is rendered too").isNotEmpty();
    }

    @Test
    void checkstyleReportHasCheckstylesStructure() {
        String xml = new CheckstyleRenderer().render(audit);
        assertThat(xml).contains("<error ");
        assertThat(CheckstyleFormat.validate(xml)).isEmpty();

        assertThat(CheckstyleFormat.validate(xml.replaceFirst("severity=\"\\w+\"", "severity=\"fatal\"")))
                .singleElement().asString().contains("severity \"fatal\"");
        assertThat(CheckstyleFormat.validate(xml.replaceFirst(" line=\"\\d+\"", "")))
                .singleElement().asString().contains("line \"\"");
        assertThat(CheckstyleFormat.validate(xml.replace("<checkstyle version=\"4.3\">", "<checkstyle>")))
                .containsExactly("<checkstyle> has no version");
        assertThat(CheckstyleFormat.validate(xml.replaceFirst("<file ", "<files ").replaceFirst("</file>", "</files>")))
                .containsExactly("<files> where <file> belongs");
        assertThat(CheckstyleFormat.validate(xml.replaceFirst("<error ", "<error rule=\"x\" ")))
                .singleElement().asString().contains("unknown attribute rule");
    }

    @Test
    void codeQualityReportHasGitLabsDocumentedFields() throws Exception {
        String json = new CodeClimateRenderer().render(audit);
        assertThat(JSON.readTree(json).size()).isPositive();
        assertThat(GitLabCodeQualityFormat.validate(json)).isEmpty();

        JsonNode issues = JSON.readTree(json);
        ObjectNode first = (ObjectNode) issues.get(0);
        first.put("severity", "high");
        ((ObjectNode) first.path("location")).put("path", "./" + first.path("location").path("path").asText());
        first.remove("check_name");
        ((ObjectNode) issues.get(1)).put("fingerprint", first.path("fingerprint").asText());
        assertThat(GitLabCodeQualityFormat.validate(issues.toString())).hasSize(4)
                .anySatisfy(v -> assertThat(v).contains("severity \"high\""))
                .anySatisfy(v -> assertThat(v).contains("location.path \"./"))
                .anySatisfy(v -> assertThat(v).contains("check_name"))
                .anySatisfy(v -> assertThat(v).contains("is not unique"));
        assertThat(GitLabCodeQualityFormat.validate("\uFEFF" + json)).containsExactly("starts with a byte order mark");
        assertThat(GitLabCodeQualityFormat.validate("{}")).containsExactly("not a JSON array");
    }

    @Test
    void containerScanningReportValidatesAgainstGitLabsSchemaOfTheVersionItDeclares() throws Exception {
        JsonNode report = JSON.readTree(GitLabContainerScanningReport.write(scan(), "1.2.3",
                Instant.parse("2026-12-03T09:00:00.5Z"), Instant.parse("2026-12-03T09:00:07Z")));
        assertThat(report.path("version").asText()).as("the vendored schema's version").isEqualTo("15.0.7");
        assertThat(report.path("vulnerabilities")).hasSize(3);
        assertThat(GitLabContainerScanningSchema.validate(report)).isEmpty();

        ObjectNode broken = report.deepCopy();
        ((ObjectNode) broken.path("vulnerabilities").get(0)).put("severity", "HIGH");
        ((ObjectNode) broken.path("scan")).remove("analyzer");
        ((ObjectNode) broken.path("scan")).put("start_time", "2026-12-03T09:00:00.500Z");
        assertThat(GitLabContainerScanningSchema.validate(broken)).hasSize(3)
                .anySatisfy(v -> assertThat(v).contains("severity"))
                .anySatisfy(v -> assertThat(v).contains("analyzer"))
                .anySatisfy(v -> assertThat(v).contains("start_time"));
    }

    @Test
    void containerScanningReportWithoutFindingsOrDistroIsValid() throws Exception {
        ScanResult clean = new ScanResult("scratch-app:1", "slimline", Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        JsonNode report = JSON.readTree(GitLabContainerScanningReport.write(clean, "1.2.3", Instant.EPOCH, Instant.EPOCH));
        assertThat(report.path("vulnerabilities")).isEmpty();
        assertThat(GitLabContainerScanningSchema.validate(report)).isEmpty();
    }

    /** A Debian image's scan: an advisory with a CVE alias and a fix, one unrated without fix or summary, one ignored. */
    private static ScanResult scan() {
        return new ScanResult("registry.example/shop/api:2.4.1", "slimline", Optional.of("debian 12"), List.of(), List.of(
                finding("DSA-5999-1", List.of("CVE-2024-25062"), "use-after-free in xmlValidatePopElement", CvssSeverity.HIGH,
                        "libxml2", Optional.of("2.9.14+dfsg-1.3~deb12u2"), Optional.empty()),
                finding("CVE-2023-4039", List.of(), "", CvssSeverity.UNKNOWN, "gcc-12", Optional.empty(), Optional.empty()),
                finding("GHSA-xvch-5gv4-984h", List.of("CVE-2021-44906"), "prototype pollution", CvssSeverity.CRITICAL,
                        "minimist", Optional.of("1.2.6"), Optional.empty()),
                finding("DSA-1-1", List.of(), "old", CvssSeverity.LOW, "zlib1g", Optional.empty(), Optional.of("accepted"))),
                List.of(), List.of(), List.of());
    }

    private static VulnerabilityFinding finding(String id, List<String> aliases, String summary, CvssSeverity severity,
            String pkg, Optional<String> fixed, Optional<String> ignored) {
        return new VulnerabilityFinding(id, aliases, summary, severity, Optional.empty(), "deb", pkg, "1.0-1", fixed,
                "pkg:deb/debian/" + pkg + "@1.0-1", "/var/lib/dpkg/status", ignored);
    }
}
