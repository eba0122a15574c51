package dev.slimline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.audit.Auditor;
import dev.slimline.audit.Monorepo;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.rule.LintOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** slimline's SARIF must validate against the official SARIF 2.1.0 schema (vendored, see sarif/SOURCE.md). */
class SarifSchemaTest {

    @TempDir
    Path dir;

    @Test
    void auditSarifValidatesAndLocatesFindingsRelativeToTheRepository() throws Exception {
        Monorepo.write(dir);
        Monorepo.file(dir, "services/broken/Dockerfile", "FROM node:18\nCOPY onlyone\n");
        AuditReport report = new Auditor(KnowledgeCatalog.bundled()).audit(dir, LintOptions.defaults()).report();

        JsonNode sarif = new ObjectMapper().readTree(new SarifRenderer().render(report));
        assertThat(SarifSchema.validate(sarif)).isEmpty();
        JsonNode run = sarif.path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("rules").size()).isGreaterThanOrEqualTo(40);
        JsonNode rule = run.path("tool").path("driver").path("rules").get(0);
        assertThat(rule.path("helpUri").asText())
                .isEqualTo(SarifLog.DEFAULT_DOCS_BASE + "docs/rules/" + rule.path("id").asText() + ".md");
        assertThat(rule.path("properties").path("docPath").asText()).isEqualTo("docs/rules/" + rule.path("id").asText() + ".md");
        assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
        JsonNode result = run.path("results").get(0);
        assertThat(result.path("ruleId").asText()).matches("SL\\d{4}");
        assertThat(result.path("level").asText()).isIn("error", "warning", "note");
        JsonNode physical = result.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText()).doesNotStartWith("/").endsWith("Dockerfile");
        assertThat(physical.path("region").path("startLine").asInt()).isPositive();
        assertThat(run.path("invocations").get(0).path("toolExecutionNotifications").get(0).path("message")
                .path("text").asText()).startsWith("Dockerfile not audited");
    }

    @Test
    void theSchemaRejectsABrokenLog() throws Exception {
        JsonNode broken = new ObjectMapper().readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}");

        assertThat(SarifSchema.validate(broken)).isNotEmpty(); // a run without tool: proves the validator is live
    }
}
