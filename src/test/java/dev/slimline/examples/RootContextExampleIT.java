package dev.slimline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.cli.CliHarness;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.TestEngines;
import dev.slimline.optimize.ContainerProbes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/monorepo-root-context}: compose builds two services from the repository root ({@code context: .},
 * {@code dockerfile: services/<x>/Dockerfile}, {@code target: production}, {@code args:}) that share
 * {@code libs/common}. {@code audit --build} must build exactly what {@code docker-compose build} builds: the same
 * image ID on the same engine; so must {@code verify} for the originals. On a copy, {@code optimize --all --write}
 * rewrites both for the root context; {@code verify} of those files against the compose originals and {@code gate}
 * pass.
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
     * optimize proves and writes both services in a copy of the example: COPY sources stay relative to the root
     * context, each ignore file goes beside its Dockerfile (the shared root .dockerignore is untouched), the compose
     * target still names the stage built. verify then builds the checkout's originals as compose does (the same image
     * IDs) and the written files in the same context, passes with a measured reduction and removes only its own tags;
     * gate passes budgets the originals exceed. (One verify run: the written files are the rewrite verify would make
     * itself, so a second run without {@code --optimized} would build and probe the same images again.)
     */
    @Test
    void optimizeWritesWhatVerifyAndGatePassInTheRootContext(@TempDir Path copy) throws Exception {
        ContainerProbes.copyTree(EXAMPLE, copy);
        String rootIgnore = Files.readString(copy.resolve(".dockerignore"));

        CliHarness.Result optimize = CliHarness.run("optimize", "--all", copy.toString(), "--write", "--no-diff");
        assertThat(optimize.exitCode()).as(optimize.out() + optimize.err()).isZero();
        assertThat(optimize.out()).contains("services/api: verified on the engine", "services/reports: verified on the engine");
        assertThat(Files.readString(copy.resolve(".dockerignore"))).isEqualTo(rootIgnore);
        for (String service : SLIMLINE_NAMES.values()) {
            Path dir = copy.resolve(service);
            String written = Files.readString(dir.resolve("Dockerfile"));
            assertThat(written).as(service).isNotEqualTo(Files.readString(dir.resolve("Dockerfile.orig")))
                    .contains("COPY libs/common ./libs/common", "FROM base AS production")
                    .containsPattern("COPY --chown=\\S+ " + service + " \\./" + service);
            assertThat(dir.resolve("Dockerfile.dockerignore")).as(service).exists();
            assertThat(Files.readString(dir.resolve("Dockerfile.dockerignore"))).startsWith(rootIgnore);
            assertThat(dir.resolve(".dockerignore")).doesNotExist();
        }

        Path json = Files.createTempFile("rootctx-verify-optimized", ".json");
        List<String> verifyArgs = new java.util.ArrayList<>(List.of("verify", EXAMPLE.toString(), "--format", "json",
                "--output", json.toString(), "--health-path", "api=/health", "--health-path", "reports=/health"));
        SLIMLINE_NAMES.forEach((compose, service) -> verifyArgs.addAll(List.of("--optimized",
                compose + "=" + copy.resolve(service).resolve("Dockerfile"))));
        composeBuild();
        CliHarness.Result verify = CliHarness.run(verifyArgs.toArray(String[]::new));
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("passed").asBoolean()).isTrue();
        assertThat(report.path("services")).hasSize(2);
        for (JsonNode service : report.path("services")) {
            String name = service.path("service").asText();
            long before = service.path("original").path("sizeBytes").asLong();
            long after = service.path("optimized").path("sizeBytes").asLong();
            System.out.printf("root-context %s: %d MB -> %d MB%n", name, before / 1_000_000, after / 1_000_000);
            assertThat(service.path("passed").asBoolean()).as(name).isTrue();
            assertThat(after).as(name).isPositive().isLessThan(before / 2);
            String compose = name.equals("services/api") ? "rootctx-api:dev" : "rootctx-reports:dev";
            assertThat(service.path("original").path("id").asText()).as(name)
                    .startsWith("sha256:").isEqualTo(engine.imageInspect(compose).id());
            assertThat(service.path("checks").toString()).as(name).contains("GET /health");
            assertThat(engine.imageExists(service.path("original").path("tag").asText())).as(name).isFalse();
        }
        COMPOSE_IMAGES.values().forEach(image -> assertThat(engine.imageExists(image)).as(image).isTrue());

        // Budgets the originals (about 1 GB each) exceed: only the written files pass them.
        Files.writeString(copy.resolve(".slimline.yaml"), """
                services:
                  api:
                    maxSize: 300MB
                  reports:
                    maxSize: 300MB
                """);
        CliHarness.Result gate = CliHarness.run("gate", copy.toString(), "--format", "json");
        assertThat(gate.exitCode()).as(gate.out() + gate.err()).isZero();
        JsonNode gated = new ObjectMapper().readTree(gate.out()).path("services");
        assertThat(gated).hasSize(2);
        for (JsonNode service : gated) {
            assertThat(service.path("sizeBytes").asLong()).as(service.path("service").asText())
                    .isPositive().isLessThan(300_000_000L);
        }
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
