package dev.slimline.optimize;

import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineCleanupExtension;
import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import dev.slimline.engine.ExecResult;
import dev.slimline.engine.PortMapping;
import dev.slimline.engine.RunRequest;
import dev.slimline.engine.TestEngines;
import dev.slimline.examples.ExampleImages;
import dev.slimline.examples.OptimizedExampleImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story's steps 2-4 on the real engine: the three example services are built as they are ({@link ExampleImages}),
 * optimized with {@code slimline optimize --all --write}, built again ({@link OptimizedExampleImages}), started and
 * probed. The optimized images must pass their health probes (HTTP for api and web-app, Celery ping against redis for
 * the worker), run as a non-root uid, hold no compilers and no pip/npm caches, and be at least 80% smaller in total.
 */
@ExtendWith(EngineCleanupExtension.class)
class OptimizedServicesIT {

    private static final List<String> NAMES = List.of("api", "web-app", "worker");
    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);

    private final DockerEngine engine = TestEngines.real();

    @Test
    void optimizedServicesBuildRunPassProbesAndAreAtLeastEightyPercentSmaller(TestLabel label) throws Exception {
        TestEngines.requireImage("redis:7", Duration.ofMinutes(10));
        // The images other tests share, built once per test JVM: the originals as the audit builds them, the rewrite
        // as `optimize --all --write --no-backup --base-family slim --no-diff --no-verify` writes it.
        assertThat(OptimizedExampleImages.optimizeOutput()).contains("Key changes:").contains("\u2713 Multi-stage build");
        Map<String, Long> before = new LinkedHashMap<>();
        Map<String, Long> after = new LinkedHashMap<>();
        for (String name : NAMES) {
            assertThat(Files.readString(OptimizedExampleImages.servicesDirectory().resolve(name).resolve("Dockerfile")))
                    .doesNotContain("<<").doesNotContain("syntax=");
            before.put(name, engine.imageInspect(ExampleImages.image(name)).sizeBytes());
            after.put(name, engine.imageInspect(OptimizedExampleImages.image(name)).sizeBytes());
        }

        String api = startHttp(label, "api", 8080);
        assertThat(ContainerProbes.httpStatus(engine.inspectContainer(api).publishedPorts().get("8080/tcp"), "/health")).isEqualTo(200);
        String web = startHttp(label, "web-app", 3000);
        assertThat(ContainerProbes.httpStatus(engine.inspectContainer(web).publishedPorts().get("3000/tcp"), "/")).isEqualTo(200);
        String worker = startWorker(label);
        // the worker answers pings only once it has connected to redis: its own HEALTHCHECK says when
        assertThat(ContainerProbes.awaitHealth(engine, worker, HEALTHY_WITHIN)).as("worker health").isEqualTo("healthy");
        ExecResult ping = engine.exec(worker, List.of("sh", "-c", "celery -A tasks inspect ping -d celery@$HOSTNAME"),
                Duration.ofSeconds(60));
        assertThat(ping.exitCode()).as(ping.stdout() + ping.stderr()).isZero();
        assertThat(ping.stdout()).contains("pong");

        for (String container : List.of(api, web, worker)) {
            assertThat(ContainerProbes.awaitHealth(engine, container, HEALTHY_WITHIN)).as("health of " + container).isEqualTo("healthy");
            ExecResult uid = engine.exec(container, List.of("id", "-u"));
            assertThat(uid.stdout().trim()).as("uid").isNotEqualTo("0").matches("\\d+");
            ExecResult tools = engine.exec(container, List.of("sh", "-c",
                    "for t in gcc g++ cc make; do command -v $t; done; true"));
            assertThat(tools.stdout()).as("compilers in " + container).isEmpty();
            ExecResult caches = engine.exec(container, List.of("sh", "-c",
                    "find / -xdev \\( -path '*/.cache/pip' -o -name _cacache -o -path '*/.npm' \\) 2>/dev/null; true"));
            assertThat(caches.stdout()).as("pip/npm caches in " + container).isEmpty();
        }

        long total = before.values().stream().mapToLong(Long::longValue).sum();
        long optimized = after.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("optimize IT sizes (bytes): before %s = %d, after %s = %d, reduction %.1f%%%n", before, total,
                after, optimized, 100.0 * (total - optimized) / total);
        assertThat(optimized).isLessThanOrEqualTo(total / 5);
    }

    private String startHttp(TestLabel label, String name, int port) throws Exception {
        String id = engine.run(RunRequest.detached(OptimizedExampleImages.image(name)).withName(label.name(name))
                .withPorts(List.of(PortMapping.anyLoopbackPort(port))).withLabels(label.asMap()));
        int hostPort = engine.inspectContainer(id).publishedPorts().get(port + "/tcp");
        assertThat(ContainerProbes.awaitHttpOk(hostPort, name.equals("api") ? "/health" : "/", Duration.ofMinutes(4)))
                .as(name + " answers over HTTP").isEqualTo(200);
        return id;
    }

    private String startWorker(TestLabel label) {
        String network = label.name("net");
        engine.createNetwork(network, label.asMap());
        String redis = label.name("redis");
        engine.run(RunRequest.detached("redis:7").withName(redis).withNetwork(network).withLabels(label.asMap()));
        return engine.run(RunRequest.detached(OptimizedExampleImages.image("worker")).withName(label.name("worker"))
                .withNetwork(network)
                .withEnv(Map.of("CELERY_BROKER_URL", "redis://" + redis + ":6379/0")).withLabels(label.asMap()));
    }
}
