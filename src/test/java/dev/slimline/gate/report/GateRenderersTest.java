package dev.slimline.gate.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.SourceLocation;
import dev.slimline.gate.CheckKind;
import dev.slimline.gate.CheckResult;
import dev.slimline.gate.GateResult;
import dev.slimline.gate.ImageFigures;
import dev.slimline.gate.ServiceVerdict;
import dev.slimline.report.SarifSchema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GateRenderersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Optional<SourceLocation> AT = Optional.of(new SourceLocation(Path.of(".slimline.yaml"), 4, 14));

    /** api over budget (with characters every format must escape), worker passing, web-app without budget. */
    static GateResult result() {
        ServiceVerdict api = new ServiceVerdict("services/api", "services/api/Dockerfile",
                new ImageFigures("slimline-gate/services/api:candidate", 1_130_000_000L, 0, 1.0, Optional.empty()),
                Optional.of(1_100_000_000L), List.of(
                        new CheckResult(CheckKind.SIZE, false, "1.1 GB", "200 MB",
                                "image is 1.1 GB, 930 MB over the 200 MB budget <&\"'> 100% a:b,c\nnext", AT),
                        new CheckResult(CheckKind.VULNERABILITIES, true, "0", "none >= high", "no vulnerability", AT)));
        ServiceVerdict worker = new ServiceVerdict("services/worker", "services/worker/Dockerfile",
                new ImageFigures("w:1", 172_000_000L, 0, 1.0, Optional.empty()), Optional.empty(),
                List.of(new CheckResult(CheckKind.SIZE, true, "172 MB", "400 MB", "image is 172 MB, within", AT)));
        ServiceVerdict web = new ServiceVerdict("services/web-app", "services/web-app/Dockerfile",
                new ImageFigures("web:1", 120_000_000L, 0, 1.0, Optional.empty()), Optional.empty(), List.of());
        return new GateResult(List.of(api, worker, web));
    }

    @Test
    void tableHasOneRowPerServiceAndCheckAndOneLinePerFailure() {
        String table = GateFormat.TABLE.render(result());
        assertThat(table.lines().findFirst().orElseThrow()).matches("Service\\s+Check\\s+Figure\\s+Limit\\s+Result");
        assertThat(table).containsPattern("services/api\\s+maxSize\\s+1\\.1 GB\\s+200 MB\\s+FAIL")
                .containsPattern("services/worker\\s+maxSize\\s+172 MB\\s+400 MB\\s+pass")
                .containsPattern("services/web-app\\s+\\(no budget\\)")
                .contains("FAIL services/api maxSize: image is 1.1 GB, 930 MB over the 200 MB budget")
                .endsWith("Gate failed: 1 of 3 checks failed.");
    }

    @Test
    void junitIsWellFormedWithOneSuitePerServiceAndOneFailurePerFailedCheck() throws Exception {
        String xml = GateFormat.JUNIT.render(result());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        Element failure = (Element) doc.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo(
                "image is 1.1 GB, 930 MB over the 200 MB budget <&\"'> 100% a:b,c\nnext");
        assertThat(failure.getAttribute("type")).isEqualTo("SLG001");
        assertThat(((Element) failure.getParentNode()).getAttribute("name")).isEqualTo("maxSize");
        assertThat(((Element) failure.getParentNode()).getAttribute("classname")).isEqualTo("slimline.gate.services/api");
    }

    @Test
    void githubAnnotationsUseTheWorkflowCommandFormatWithEscaping() {
        List<String> lines = GateFormat.GITHUB.render(result()).lines().toList();
        assertThat(lines).containsExactly(
                "::error file=services/api/Dockerfile,line=1,title=slimline gate%3A services/api maxSize::"
                        + "image is 1.1 GB, 930 MB over the 200 MB budget <&\"'> 100%25 a:b,c%0Anext (limit 200 MB)",
                "::notice file=services/worker/Dockerfile,line=1,title=slimline gate%3A services/worker::all 1 checks passed",
                "::notice file=services/web-app/Dockerfile,line=1,title=slimline gate%3A services/web-app::all 0 checks passed");
        assertThat(lines).allMatch(l -> l.matches("::(error|notice) file=[^,]+,line=\\d+,title=[^:]+::.+"));
    }

    @Test
    void markdownShowsBeforeAndAfterAndTheFailures() {
        String md = GateFormat.MARKDOWN.render(result());
        assertThat(md).startsWith("## slimline gate: failed")
                .contains("| `services/api` | 1.1 GB | 1.1 GB | +30 MB (+2.7%) | ❌ 1 of 2 failed |")
                .contains("| `services/worker` | — | 172 MB | — | ✅ 1 passed |")
                .contains("| `services/web-app` | — | 120 MB | — | no budget |")
                .contains("- **services/api** `maxSize`: image is 1.1 GB, 930 MB over the 200 MB budget");
    }

    @Test
    void sarifValidatesAgainstTheSarifSchemaAndLocatesTheDockerfile() throws Exception {
        JsonNode sarif = JSON.readTree(GateFormat.SARIF.render(result()));
        assertThat(SarifSchema.validate(sarif)).isEmpty();
        JsonNode results = sarif.path("runs").get(0).path("results");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).path("ruleId").asText()).isEqualTo("SLG001");
        assertThat(results.get(0).path("locations").get(0).path("physicalLocation").path("artifactLocation")
                .path("uri").asText()).isEqualTo("services/api/Dockerfile");
        JsonNode rules = sarif.path("runs").get(0).path("tool").path("driver").path("rules");
        assertThat(rules.get(results.get(0).path("ruleIndex").asInt()).path("id").asText()).isEqualTo("SLG001");
    }

    @Test
    void jsonCarriesFiguresBaselineAndChecks() throws Exception {
        JsonNode json = JSON.readTree(GateFormat.JSON.render(result()));
        assertThat(json.path("passed").asBoolean()).isFalse();
        JsonNode api = json.path("services").get(0);
        assertThat(api.path("sizeBytes").asLong()).isEqualTo(1_130_000_000L);
        assertThat(api.path("baselineBytes").asLong()).isEqualTo(1_100_000_000L);
        assertThat(api.path("checks").get(0).path("setAt").asText()).isEqualTo(".slimline.yaml:4:14");
        assertThat(json.path("services").get(1).path("baselineBytes").isNull()).isTrue();
    }

    @Test
    void htmlEscapesAndMarksFailures() {
        String html = GateFormat.HTML.render(result());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<tr class=\"fail\"><td>services/api</td>")
                .contains("&lt;&amp;&quot;&#39;&gt;").doesNotContain("<&\"'>");
    }
}
