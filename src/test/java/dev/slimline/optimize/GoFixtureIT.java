package dev.slimline.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slimline.engine.ContainerDetails;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineCleanupExtension;
import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import dev.slimline.engine.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stdlib-only Go fixture: its bloated single-stage Dockerfile is built, optimized for distroless static and
 * built again (with no network: the standard library needs no module proxy). The optimized container answers over
 * HTTP, its own compiled HEALTHCHECK probe turns it healthy, its process runs as a non-root uid (read from the host's
 * /proc, as the image has no shell or id), slimline's image reader finds no toolchain and no caches in it, and it is
 * at least 90% smaller than the original.
 */
@ExtendWith(EngineCleanupExtension.class)
class GoFixtureIT {

    private static final int PORT = 8080;

    private final DockerEngine engine = TestEngines.real();

    @Test
    void optimizedGoServiceIsStaticNonRootHealthyAndAtLeastNinetyPercentSmaller(TestLabel label) throws Exception {
        Instant begun = Instant.now();
        FixtureRun run = FixtureRun.optimizeAndBuild(engine, label, "go-stdlib", "none", "--base-family", "distroless");
        assertThat(run.optimize().out()).contains("(go template)", "HEALTHCHECK with a static Go probe");
        assertThat(run.dockerfile()).contains("FROM gcr.io/distroless/static-debian12:nonroot");
        String original = run.original();
        String optimized = run.optimized();

        FixtureRun.Started started = run.start(engine, label, "go-stdlib", PORT);
        String id = started.id();
        int hostPort = started.hostPort();
        assertThat(ContainerProbes.awaitHttpOk(hostPort, "/health", Duration.ofMinutes(2))).isEqualTo(200);
        assertThat(ContainerProbes.httpStatus(hostPort, "/")).isEqualTo(200);
        assertThat(ContainerProbes.awaitHealth(engine, id, Duration.ofMinutes(3))).isEqualTo("healthy");
        assertProbeFailsWhenItShould(id);
        assertMainProcessIsNotRoot(engine.inspectContainer(id));
        assertThat(engine.exec(id, List.of("sh", "-c", "true")).exitCode()).as("no shell in the image").isNotZero();

        JsonNode before = FixtureRun.inspect(original);
        assertThat(FixtureRun.names(before.path("buildTools"))).as("the original's toolchain (control)").contains("go", "gcc");
        assertThat(FixtureRun.names(before.path("packageCaches"))).as("the original's caches (control)").contains("go build cache");
        JsonNode after = FixtureRun.inspect(optimized);
        assertThat(FixtureRun.names(after.path("buildTools"))).as("build tools in the optimized image").isEmpty();
        assertThat(FixtureRun.names(after.path("packageCaches"))).as("package caches in the optimized image").isEmpty();
        assertThat(after.path("user").path("uid").asInt()).isEqualTo(65532);
        assertThat(after.path("healthcheck").path("test").toString()).contains("/app/healthcheck",
                "http://127.0.0.1:8080/health");
        long probeBytes = layerSize(after, "/app/healthcheck");
        assertThat(probeBytes).as("compiled probe").isPositive().isLessThan(2_500_000);

        long originalBytes = engine.imageInspect(original).sizeBytes();
        long optimizedBytes = engine.imageInspect(optimized).sizeBytes();
        System.out.printf("go-stdlib: original %d bytes, optimized %d bytes (%.1f%% smaller), probe %d bytes, %d s%n",
                originalBytes, optimizedBytes, 100.0 * (originalBytes - optimizedBytes) / originalBytes, probeBytes,
                Duration.between(begun, Instant.now()).toSeconds());
        assertThat(optimizedBytes).isLessThanOrEqualTo(originalBytes / 10);
    }

    /** The probe must tell an unhealthy answer and a dead port from a healthy one, not only exit 0. */
    private void assertProbeFailsWhenItShould(String container) {
        assertThat(engine.exec(container, List.of("/app/healthcheck", "http://127.0.0.1:8080/health")).exitCode())
                .as("probe on /health").isZero();
        assertThat(engine.exec(container, List.of("/app/healthcheck", "http://127.0.0.1:8080/no-such-route")).exitCode())
                .as("probe on a 404").isEqualTo(1);
        assertThat(engine.exec(container, List.of("/app/healthcheck", "http://127.0.0.1:8081/health")).exitCode())
                .as("probe on a closed port").isEqualTo(1);
    }

    /** The container's main process as the host kernel sees it: real, effective, saved and fs uid. */
    private static void assertMainProcessIsNotRoot(ContainerDetails container) throws Exception {
        assertThat(container.pid()).as("main process id").isPositive();
        Path proc = Path.of("/proc", Integer.toString(container.pid()));
        assertThat(Files.readString(proc.resolve("cmdline"))).as("the main process is the server").startsWith("/app/server");
        String uids = Files.readAllLines(proc.resolve("status")).stream().filter(l -> l.startsWith("Uid:")).findFirst()
                .orElseThrow();
        assertThat(uids.substring(4).trim().split("\\s+")).containsOnly("65532");
    }

    private static long layerSize(JsonNode report, String copiedPath) {
        for (JsonNode layer : report.path("layers")) {
            if (layer.path("instruction").asText().startsWith("COPY") && layer.path("instruction").asText().contains(copiedPath)) {
                return layer.path("size").asLong();
            }
        }
        return -1;
    }
}
