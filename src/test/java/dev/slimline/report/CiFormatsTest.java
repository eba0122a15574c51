package dev.slimline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.audit.Auditor;
import dev.slimline.audit.Monorepo;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.rule.LintOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** audit's checkstyle XML and GitLab code quality JSON over a real audit of the sample monorepo. */
class CiFormatsTest {

    @TempDir
    Path dir;
    AuditReport report;

    @BeforeEach
    void audit() throws Exception {
        Monorepo.write(dir);
        Monorepo.file(dir, "services/broken/Dockerfile", "FROM node:18\nCOPY onlyone\n");
        report = new Auditor(KnowledgeCatalog.bundled()).audit(dir, LintOptions.defaults()).report();
    }

    @Test
    void checkstyleHasOneFilePerDockerfileAndOneErrorPerFinding() throws Exception {
        String xml = new CheckstyleRenderer().render(report);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("checkstyle");
        NodeList errors = doc.getElementsByTagName("error");
        long findings = report.services().stream().mapToLong(s -> s.findings().size()).sum();
        assertThat(errors.getLength()).isEqualTo(findings + report.parseErrors().size()).isPositive();
        boolean sawParseError = false;
        for (int i = 0; i < errors.getLength(); i++) {
            Element error = (Element) errors.item(i);
            assertThat(error.getAttribute("source")).matches("SL\\d{4}|parse");
            assertThat(error.getAttribute("severity")).isIn("error", "warning", "info");
            assertThat(Integer.parseInt(error.getAttribute("line"))).isPositive();
            assertThat(((Element) error.getParentNode()).getAttribute("name")).endsWith("Dockerfile").doesNotStartWith("/");
            sawParseError |= error.getAttribute("source").equals("parse");
        }
        assertThat(sawParseError).isEqualTo(!report.parseErrors().isEmpty());
    }

    @Test
    void codeQualityIssuesCarryGitLabsFieldsAndDistinctStableFingerprints() throws Exception {
        String json = new CodeClimateRenderer().render(report);
        JsonNode issues = new ObjectMapper().readTree(json);
        assertThat(issues.isArray()).isTrue();
        assertThat(issues.size()).isPositive();
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : issues) {
            assertThat(issue.path("description").asText()).isNotBlank();
            assertThat(issue.path("check_name").asText()).matches("SL\\d{4}|parse");
            assertThat(issue.path("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.path("location").path("path").asText()).endsWith("Dockerfile");
            assertThat(issue.path("location").path("lines").path("begin").asInt()).isPositive();
            assertThat(fingerprints.add(issue.path("fingerprint").asText())).as("unique fingerprint").isTrue();
        }
        assertThat(new CodeClimateRenderer().render(report)).as("fingerprints are stable").isEqualTo(json);
    }
}
