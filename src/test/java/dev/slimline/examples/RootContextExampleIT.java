package dev.slimline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.cli.CliHarness;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.TestEngines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/monorepo-root-context}: compose builds two services from the repository root ({@code context: .},
 * {@code dockerfile: services/<x>/Dockerfile}, {@code target: production}, {@code args:}) that share
 * {@code libs/common}. {@code audit --build} must build exactly what {@code docker-compose build} builds: the same
 * image ID on the same engine; so must {@code verify} for the originals.
 */
class RootContextExampleIT {

    private static final Path EXAMPLE = Path.of("examples/monorepo-root-context");
    /** Compose service → the image compose tags (docker-compose.yml) and the service slimline names. */
    private static final Map<String, String> COMPOSE_IMAGES = Map.of("api", "rootctx-api:dev",
            "reports", "rootctx-reports:dev");
    private static final Map<String, String> SLIMLINE_NAMES = Map.of("api", "services/api",
            "reports", "services/reports");

    private final DockerEngine engine = TestEngines.real();

    @Test
    void auditBuildBuildsTheImagesDockerComposeBuilds() throws Exception {
        CliHarness.Result audit = CliHarness.run("audit", EXAMPLE.toString(), "--build", "--format", "json");
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        Map<String, String> audited = new LinkedHashMap<>();
        for (JsonNode service : new ObjectMapper().readTree(audit.out()).path("services")) {
            audited.put(service.path("name").asText(), service.path("measurement").path("imageId").asText());
        }
        assertThat(audited).containsOnlyKeys(SLIMLINE_NAMES.values());

        composeBuild();

        for (Map.Entry<String, String> compose : COMPOSE_IMAGES.entrySet()) {
            String composeId = engine.imageInspect(compose.getValue()).id();
            assertThat(audited.get(SLIMLINE_NAMES.get(compose.getKey()))).as(compose.getKey())
                    .startsWith("sha256:").isEqualTo(composeId);
        }
        // The build passed the compose args and target: the production stage's CMD and the version from args.
        assertThat(engine.imageInspect("rootctx-api:dev").config().env()).contains("APP_VERSION=1.4.2");

        verifyBuildsTheSameOriginals();
        gateMeasuresTheSameImagesAndTakesOverrides();
    }

    /** gate builds the services as compose does (same size) within the example's budgets; overrides reach the build. */
    private void gateMeasuresTheSameImagesAndTakesOverrides() throws Exception {
        CliHarness.Result gate = CliHarness.run("gate", EXAMPLE.toString(), "--format", "json");
        assertThat(gate.exitCode()).as(gate.out() + gate.err()).isZero();
        JsonNode services = new ObjectMapper().readTree(gate.out()).path("services");
        assertThat(services).hasSize(2);
        for (JsonNode service : services) {
            String compose = service.path("service").asText().equals("services/api") ? "rootctx-api:dev"
                    : "rootctx-reports:dev";
            assertThat(service.path("sizeBytes").asLong()).as(compose)
                    .isEqualTo(engine.imageInspect(compose).sizeBytes());
        }

        CliHarness.Result overridden = CliHarness.run("gate", EXAMPLE.toString(), "--service", "api",
                "--build-arg", "api=APP_VERSION=9.9.9", "--format", "json");
        assertThat(overridden.exitCode()).as(overridden.out() + overridden.err()).isZero();
        String image = new ObjectMapper().readTree(overridden.out()).path("services").get(0).path("image").asText();
        assertThat(engine.imageInspect(image).config().env()).contains("APP_VERSION=9.9.9");
    }

    /**
     * verify's original images are the compose images too, and its cleanup removes only its own tags. Whether the
     * optimized images pass is the optimizer's matter (see docs/services.md), so the run's verdict is not asserted.
     */
    private void verifyBuildsTheSameOriginals() throws Exception {
        Path json = Files.createTempFile("rootctx-verify", ".json");
        CliHarness.Result verify = CliHarness.run("verify", EXAMPLE.toString(), "--format", "json", "--output",
                json.toString(), "--health-path", "api=/health", "--health-path", "reports=/health");
        assertThat(verify.exitCode()).as(verify.err()).isIn(0, 1);
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        for (JsonNode service : report.path("services")) {
            String compose = COMPOSE_IMAGES.get(SLIMLINE_NAMES.entrySet().stream()
                    .filter(e -> e.getValue().equals(service.path("service").asText())).findFirst().orElseThrow()
                    .getKey());
            assertThat(service.path("original").path("id").asText()).as(service.path("service").asText())
                    .isEqualTo(engine.imageInspect(compose).id());
            assertThat(service.path("checks").toString()).contains("GET /health");
            assertThat(engine.imageExists(service.path("original").path("tag").asText())).isFalse();
        }
        assertThat(report.path("services")).hasSize(2);
        COMPOSE_IMAGES.values().forEach(image -> assertThat(engine.imageExists(image)).as(image).isTrue());
    }

    /** {@code docker-compose build} (Compose v1) with BuildKit through Debian's client, which has it. */
    private static void composeBuild() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of("docker-compose", "-p", "bldrootctx", "build"))
                .directory(EXAMPLE.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", "/usr/bin:" + builder.environment().getOrDefault("PATH", ""));
        builder.environment().put("DOCKER_BUILDKIT", "1");
        builder.environment().put("COMPOSE_DOCKER_CLI_BUILD", "1");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
    }
}
