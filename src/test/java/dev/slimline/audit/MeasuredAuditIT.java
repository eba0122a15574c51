package dev.slimline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.cli.CliHarness;
import dev.slimline.cli.ExitCodes;
import dev.slimline.engine.DockerCli;
import dev.slimline.engine.TestEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slimline audit --build} measures real images: every measured size equals {@code docker image inspect}'s
 * {@code .Size} of the image it names and every layer count equals its {@code RootFS.Layers}, read with the docker
 * client directly. Builds the example monorepo with the options {@code ExampleMonorepoIT} uses (shared cache).
 */
class MeasuredAuditIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(CliHarness.Result result) throws Exception {
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isEqualTo(ExitCodes.OK);
        return JSON.readTree(result.out());
    }

    private static void assertMeasuredLikeTheEngine(JsonNode service) {
        String image = service.path("measurement").path("image").asText();
        assertThat(image).as("measured image of %s", service.path("name").asText()).isNotEmpty();
        assertThat(service.path("size").path("bytes").asLong()).as("%s size", image)
                .isEqualTo(Long.parseLong(DockerCli.inspectImage(image, "{{.Size}}")));
        assertThat(service.path("layers").asInt()).as("%s layers", image)
                .isEqualTo(Integer.parseInt(DockerCli.inspectImage(image, "{{len .RootFS.Layers}}")));
        assertThat(service.path("measurement").path("imageId").asText()).isEqualTo(DockerCli.inspectImage(image, "{{.Id}}"));
        assertThat(service.path("size").path("estimated").asBoolean()).isFalse();
        assertThat(service.path("size").path("measured").asBoolean()).isTrue();
    }

    @Test
    void buildMeasuresEveryExampleServiceAsTheEngineDoes() throws Exception {
        TestEngines.requireImage("node:18", Duration.ofMinutes(1));
        CliHarness.Result result = CliHarness.run("audit", "--build", "--build-network", "worker=host",
                Path.of(System.getProperty("slimline.repo.root", ".")).resolve("examples/monorepo").toString(),
                "--format", "json");

        JsonNode report = json(result);

        JsonNode services = report.path("services");
        assertThat(services).hasSize(3);
        long total = 0;
        for (JsonNode service : services) {
            assertMeasuredLikeTheEngine(service);
            assertThat(service.path("size").path("source").asText()).isEqualTo("build");
            assertThat(service.path("measurement").path("image").asText())
                    .isEqualTo(EngineImageMeasurer.tagFor(service.path("name").asText()));
            assertThat(service.path("measurement").path("buildSeconds").asDouble()).isPositive();
            total += service.path("size").path("bytes").asLong();
        }
        assertThat(report.path("savings").path("beforeBytes").asLong()).isEqualTo(total);
        assertThat(report.path("savings").path("before").asText()).isEqualTo("measured");
        assertThat(report.path("savings").path("after").asText()).isEqualTo("estimated");
        assertThat(result.err()).contains("building services/worker as slimline-audit/services/worker:original"
                + " (build network host)");
    }

    @Test
    void aServiceThatDoesNotBuildIsReportedOnItsRowAndTheOthersAreMeasured(@TempDir Path dir) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Path good = dir.resolve("good-" + suffix);
        Path bad = dir.resolve("bad-" + suffix);
        Files.createDirectories(good);
        Files.createDirectories(bad);
        Files.writeString(good.resolve("Dockerfile"), "FROM debian:bookworm-slim\nRUN echo " + suffix + " > /built\n");
        Files.writeString(bad.resolve("Dockerfile"), "FROM debian:bookworm-slim\nRUN echo " + suffix + " && exit 7\n");
        List<String> tags = new ArrayList<>(List.of(EngineImageMeasurer.tagFor(good.getFileName().toString()),
                EngineImageMeasurer.tagFor(bad.getFileName().toString())));
        try {
            CliHarness.Result result = CliHarness.run("audit", "--build", dir.toString(), "--format", "json");
            JsonNode report = json(result);

            JsonNode built = service(report, good.getFileName().toString());
            assertMeasuredLikeTheEngine(built);
            assertThat(built.path("layers").asInt()).isEqualTo(2);
            JsonNode failed = service(report, bad.getFileName().toString());
            assertThat(failed.path("measurement").path("error").asText()).startsWith("build failed (exit 1)");
            assertThat(failed.path("size").path("estimated").asBoolean()).isTrue();
            assertThat(failed.path("size").path("measured").asBoolean()).isFalse();
            assertThat(report.path("savings").path("before").asText()).isEqualTo("partly measured");

            CliHarness.Result table = CliHarness.run("audit", "--build", dir.toString());
            assertThat(table.out()).contains("(build failed)", "Not measured (estimates shown):",
                    bad.getFileName() + ": build failed (exit 1)");
        } finally {
            tags.forEach(tag -> TestEngines.real().removeImage(tag));
        }
    }

    @Test
    void imageOptionMeasuresAnExistingImageWithoutBuilding() throws Exception {
        String base = TestEngines.requireImage("debian:bookworm-slim", Duration.ofMinutes(1));
        CliHarness.Result result = CliHarness.run("audit", "--image", "api=" + base,
                Path.of(System.getProperty("slimline.repo.root", ".")).resolve("examples/monorepo").toString(),
                "--format", "json");

        JsonNode report = json(result);

        JsonNode api = service(report, "services/api");
        assertMeasuredLikeTheEngine(api);
        assertThat(api.path("size").path("source").asText()).isEqualTo("image");
        assertThat(service(report, "services/worker").path("size").path("estimated").asBoolean()).isTrue();
        assertThat(service(report, "services/worker").has("measurement")).isFalse();
        assertThat(result.err()).doesNotContain("building");
    }

    private static JsonNode service(JsonNode report, String name) {
        for (JsonNode service : report.path("services")) {
            if (service.path("name").asText().equals(name)) {
                return service;
            }
        }
        throw new AssertionError("no service " + name + " in " + report);
    }
}
