package dev.slimline.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.slimline.project.DockerfileDiscovery;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workflows {@code slimline ci init} writes for the example monorepo parse as YAML and validate against the
 * providers' published schemas (vendored excerpts, see ci-schemas/README.md); the validators are shown to be live by
 * a broken copy that must fail.
 */
class CiWorkflowSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path REPO = Path.of(System.getProperty("user.dir"));
    private static final Path EXAMPLE = REPO.resolve("examples/monorepo");

    static GatePlan examplePlan() {
        return WorkflowGenerator.plan(REPO, EXAMPLE, DockerfileDiscovery.discover(EXAMPLE), "slimline");
    }

    private static JsonSchema schema(String name) throws Exception {
        try (InputStream in = CiWorkflowSchemaTest.class.getResourceAsStream("/ci-schemas/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void githubWorkflowValidatesAndFiltersPathsPerService() throws Exception {
        JsonNode workflow = YAML.readTree(WorkflowGenerator.render(CiProvider.GITHUB, examplePlan()));
        JsonSchema schema = schema("github-workflow.json");
        assertThat(schema.validate(workflow)).isEmpty();

        assertThat(texts(workflow.path("on").path("pull_request").path("paths"))).contains(
                "examples/monorepo/services/api/**", "examples/monorepo/services/worker/**",
                "examples/monorepo/services/web-app/**", "examples/monorepo/.slimline.yaml");
        JsonNode filters = YAML.readTree(workflow.path("jobs").path("changes").path("steps").get(1)
                .path("with").path("filters").asText());
        assertThat(texts(filters.path("services/api"))).containsExactly("examples/monorepo/services/api/**",
                "examples/monorepo/.slimline.yaml", "examples/monorepo/.slimline-baseline.json");
        assertThat(filters.has("services/worker")).isTrue();
        assertThat(filters.has("services/web-app")).isTrue();

        JsonNode gate = workflow.path("jobs").path("gate");
        assertThat(gate.path("strategy").path("matrix").path("service").asText())
                .isEqualTo("${{ fromJSON(needs.changes.outputs.services) }}");
        List<String> uses = new ArrayList<>();
        String gateRun = null;
        for (JsonNode step : gate.path("steps")) {
            uses.add(step.path("uses").asText());
            if (step.path("name").asText().equals("slimline gate")) {
                gateRun = step.path("run").asText();
            }
        }
        assertThat(uses).contains("github/codeql-action/upload-sarif@v3", "actions/upload-artifact@v4",
                "docker/scout-action@v1");
        assertThat(gateRun).isEqualTo("slimline gate examples/monorepo --service \"${{ matrix.service }}\" --db"
                + " \"$SLIMLINE_DB\" --format github --report sarif=slimline-gate.sarif --report html=slimline-gate.html"
                + " --report junit=slimline-gate.junit.xml --report markdown=slimline-gate.md --report json=slimline-gate.json");

        ObjectNode broken = workflow.deepCopy();
        ((ObjectNode) broken.path("jobs").path("gate")).remove("runs-on");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void gitlabPipelineValidatesWithOneJobPerServiceRunningOnItsChanges() throws Exception {
        JsonNode pipeline = YAML.readTree(WorkflowGenerator.render(CiProvider.GITLAB, examplePlan()));
        JsonSchema schema = schema("gitlab-ci.json");
        assertThat(schema.validate(pipeline)).isEmpty();

        JsonNode api = pipeline.path("slimline-gate:services/api");
        assertThat(api.path("extends").asText()).isEqualTo(".slimline-gate");
        JsonNode rule = api.path("rules").get(0);
        assertThat(rule.path("if").asText()).isEqualTo("$CI_PIPELINE_SOURCE == \"merge_request_event\"");
        assertThat(texts(rule.path("changes"))).containsExactly("examples/monorepo/services/api/**/*",
                "examples/monorepo/.slimline.yaml", "examples/monorepo/.slimline-baseline.json");
        assertThat(api.path("script").get(0).asText()).startsWith("slimline gate examples/monorepo --service \"services/api\"");
        assertThat(api.path("script").get(1).asText()).contains("docker scout cves --only-severity critical,high"
                + " --exit-code local://slimline-gate/services/api:candidate");
        assertThat(pipeline.has("slimline-gate:services/worker")).isTrue();
        assertThat(pipeline.has("slimline-gate:services/web-app")).isTrue();
        assertThat(pipeline.path(".slimline-gate").path("artifacts").path("reports").path("junit").asText())
                .isEqualTo("slimline-gate.junit.xml");

        ObjectNode broken = pipeline.deepCopy();
        ((ObjectNode) broken.path("slimline-gate:services/api")).put("scriptt", "typo");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
