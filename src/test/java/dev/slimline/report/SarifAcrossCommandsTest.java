package dev.slimline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.SourceLocation;
import dev.slimline.ToolVersion;
import dev.slimline.audit.Auditor;
import dev.slimline.audit.Monorepo;
import dev.slimline.gate.CheckKind;
import dev.slimline.gate.CheckResult;
import dev.slimline.gate.GateResult;
import dev.slimline.gate.ImageFigures;
import dev.slimline.gate.ServiceVerdict;
import dev.slimline.gate.report.GateFormat;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.rule.LintOptions;
import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.vuln.ScanResult;
import dev.slimline.scan.vuln.SecretLocation;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * audit, gate and scan write SARIF through one builder: each log validates against the official schema, names the
 * same driver at the same version, gives every rule an absolute help URI, and rates security rules.
 */
class SarifAcrossCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyCommandsSarifValidatesWithOneDriverNameAndVersion() throws Exception {
        Map<String, JsonNode> logs = Map.of("audit", auditSarif(), "gate", gateSarif(), "scan", scanSarif());
        for (Map.Entry<String, JsonNode> log : logs.entrySet()) {
            assertThat(SarifSchema.validate(log.getValue())).as(log.getKey()).isEmpty();
            JsonNode driver = log.getValue().path("runs").get(0).path("tool").path("driver");
            assertThat(driver.path("name").asText()).as(log.getKey()).isEqualTo("slimline");
            assertThat(driver.path("version").asText()).as(log.getKey()).isEqualTo(ToolVersion.current()).isNotBlank();
            assertThat(driver.path("rules")).as(log.getKey()).isNotEmpty();
            for (JsonNode rule : driver.path("rules")) {
                if (rule.has("helpUri")) {
                    assertThat(URI.create(rule.path("helpUri").asText()).isAbsolute()).as(rule.toString()).isTrue();
                }
            }
            for (JsonNode result : log.getValue().path("runs").get(0).path("results")) {
                assertThat(driver.path("rules").get(result.path("ruleIndex").asInt()).path("id").asText())
                        .as(log.getKey()).isEqualTo(result.path("ruleId").asText());
            }
        }
    }

    @Test
    void ruleHelpPointsAtTheDocsEachCommandHas() throws Exception {
        JsonNode gateRule = gateSarif().path("runs").get(0).path("tool").path("driver").path("rules").get(0);
        assertThat(gateRule.path("helpUri").asText()).isEqualTo(SarifLog.DEFAULT_DOCS_BASE + "docs/gate.md");
        assertThat(Path.of(System.getProperty("user.dir"), "docs", "gate.md")).isRegularFile();
        JsonNode scanRules = scanSarif().path("runs").get(0).path("tool").path("driver").path("rules");
        assertThat(scanRules.get(0).path("helpUri").asText()).isEqualTo("https://osv.dev/vulnerability/DSA-5600-1");
        assertThat(scanRules.get(1).has("helpUri")).isFalse(); // a scheme OSV does not publish: no guessed page
        assertThat(scanRules.get(2).path("helpUri").asText()).isEqualTo(SarifLog.DEFAULT_DOCS_BASE + "docs/security-scan.md");
    }

    @Test
    void securityRulesCarrySecuritySeverityAndOthersDoNot() throws Exception {
        JsonNode auditRules = auditSarif().path("runs").get(0).path("tool").path("driver").path("rules");
        JsonNode secretInEnv = rule(auditRules, "SL2001");
        JsonNode aptLists = rule(auditRules, "SL1001");
        assertThat(secretInEnv.path("properties").path("security-severity").asText()).matches("\\d+\\.\\d");
        assertThat(secretInEnv.path("properties").path("tags").toString()).contains("security");
        assertThat(aptLists.path("properties").has("security-severity")).isFalse();

        JsonNode scanRules = scanSarif().path("runs").get(0).path("tool").path("driver").path("rules");
        assertThat(scanRules.get(0).path("properties").path("security-severity").asText()).isEqualTo("7.5");
        assertThat(scanRules.get(1).path("properties").has("security-severity")).isFalse(); // unrated: none invented
        assertThat(scanRules.get(2).path("properties").path("security-severity").asText()).isEqualTo("7.0");
    }

    private static JsonNode rule(JsonNode rules, String id) {
        for (JsonNode rule : rules) {
            if (rule.path("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id + " in " + rules);
    }

    private JsonNode auditSarif() throws Exception {
        Monorepo.write(dir);
        AuditReport report = new Auditor(KnowledgeCatalog.bundled()).audit(dir, LintOptions.defaults()).report();
        return JSON.readTree(new SarifRenderer().render(report));
    }

    private static JsonNode gateSarif() throws Exception {
        Optional<SourceLocation> at = Optional.of(new SourceLocation(Path.of(".slimline.yaml"), 4, 14));
        ServiceVerdict api = new ServiceVerdict("services/api", "services/api/Dockerfile",
                new ImageFigures("api:candidate", 250_000_000L, 0, 1.0, Optional.empty()), Optional.empty(),
                List.of(new CheckResult(CheckKind.SIZE, false, "250 MB", "200 MB", "image is 250 MB", at)));
        return JSON.readTree(GateFormat.SARIF.render(new GateResult(List.of(api))));
    }

    private static JsonNode scanSarif() throws Exception {
        List<VulnerabilityFinding> findings = List.of(
                finding("DSA-5600-1", CvssSeverity.HIGH, Optional.of(7.5)),
                finding("TEMP-0000000-ABCDEF", CvssSeverity.UNKNOWN, Optional.empty()));
        ScanResult result = new ScanResult("team/api:1.4", "slimline", Optional.of("debian 12"), List.of(), findings,
                List.of(), List.of(new SecretLocation("PRIVATE_KEY", "/root/.ssh/id_ed25519", 2, true)), List.of());
        return JSON.readTree(ScanSarif.write(result));
    }

    private static VulnerabilityFinding finding(String id, CvssSeverity severity, Optional<Double> score) {
        return new VulnerabilityFinding(id, List.of(), "", severity, score, "deb", "zlib1g", "1.2.13", Optional.empty(),
                "pkg:deb/debian/zlib1g@1.2.13", "/var/lib/dpkg/status", Optional.empty());
    }
}
