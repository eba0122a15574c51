package dev.slimline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.engine.ContainerLogs;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineCleanupExtension;
import dev.slimline.engine.EngineCommandException;
import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import dev.slimline.engine.ExecResult;
import dev.slimline.engine.PortMapping;
import dev.slimline.engine.RunRequest;
import dev.slimline.engine.TestEngines;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The example monorepo's original Dockerfiles build on the testbed and their apps answer: api GET /health and
 * web-app GET / with 200 on ports published on 127.0.0.1, the worker a Celery ping through a redis:7 broker it
 * reaches as {@code redis} on a network of its own. Containers and networks carry the test's label and are removed
 * after each test; the images are kept (see {@link ExampleImages}).
 */
@ExtendWith(EngineCleanupExtension.class)
class ExampleMonorepoIT {

    /** Generous: on the shared 2-core testbed Next.js takes 20 s to start and a celery client start 30 s or more. */
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    private final DockerEngine engine = TestEngines.real();

    @Test
    void apiAnswersHealth(TestLabel label) {
        String container = engine.run(RunRequest.detached(ExampleImages.image("api")).withName(label.name("api"))
                .withPorts(List.of(PortMapping.anyLoopbackPort(8080))).withLabels(label.asMap()));

        HttpResponse<String> health = answer(container, 8080, "/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"ok\"");
    }

    @Test
    void webAppAnswersItsHomePage(TestLabel label) {
        String container = engine.run(RunRequest.detached(ExampleImages.image("web-app"))
                .withName(label.name("web-app")).withPorts(List.of(PortMapping.anyLoopbackPort(3000)))
                .withLabels(label.asMap()));

        HttpResponse<String> home = answer(container, 3000, "/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).containsIgnoringCase("<html");
    }

    @Test
    void workerAnswersACeleryPingThroughRedis(TestLabel label) {
        String worker = ExampleImages.image("worker");
        String network = label.name("net");
        engine.createNetwork(network, label.asMap());
        engine.run(RunRequest.detached("redis:7").withName(label.name("redis"))
                .withNetwork(network, List.of("redis")).withLabels(label.asMap()));
        String container = engine.run(RunRequest.detached(worker).withName(label.name("worker"))
                .withNetwork(network).withLabels(label.asMap()));

        List<String> celeryPing = List.of("celery", "-A", "tasks", "inspect", "ping", "--timeout", "5");
        ExecResult ping = Probe.until(START_LIMIT, "celery -A tasks inspect ping answered",
                () -> pingOnce(container, celeryPing), () -> logTail(container));

        assertThat(ping.stdout()).contains("pong");
    }

    /**
     * One ping; empty while the worker is not up yet. On a loaded machine a single {@code celery} client start can
     * take longer than its exec limit, which also just means "not yet".
     */
    private Optional<ExecResult> pingOnce(String container, List<String> celeryPing) {
        try {
            return Optional.of(engine.exec(container, celeryPing, Duration.ofSeconds(60)))
                    .filter(result -> result.exitCode() == 0);
        } catch (EngineCommandException timedOut) {
            return Optional.empty();
        }
    }

    /** The first answer of the app in {@code container} on its published port, within the start limit. */
    private HttpResponse<String> answer(String container, int containerPort, String path) {
        Integer port = engine.inspectContainer(container).publishedPorts().get(containerPort + "/tcp");
        assertThat(port).as("published port of %s", containerPort).isNotNull();
        return Probe.until(START_LIMIT, "GET " + path + " answered", () -> Probe.get(port, path),
                () -> logTail(container));
    }

    private String logTail(String container) {
        ContainerLogs logs = engine.logs(container, 20);
        return "status " + engine.inspectContainer(container).status() + "; log: " + logs.stdout() + logs.stderr();
    }

    @Test
    void buildsTheThreeOriginalImagesWithTheirBloat() {
        Map<String, String> images = ExampleImages.build();

        assertThat(images).containsOnlyKeys("services/api", "services/worker", "services/web-app");
        // The originals keep what the optimizer later removes: a node/python toolchain base of about 1 GB each.
        images.values().forEach(image ->
                assertThat(engine.imageInspect(image).sizeBytes()).as(image).isGreaterThan(900_000_000L));
    }
}
