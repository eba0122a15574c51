package dev.slimline.optimize;

import dev.slimline.cli.CliHarness;
import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.ContainerDetails;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineCleanupExtension;
import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import dev.slimline.engine.ExecResult;
import dev.slimline.engine.PortMapping;
import dev.slimline.engine.RunRequest;
import dev.slimline.engine.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story's steps 2-4 on the real engine: the three example services are built as they are, optimized with
 * {@code slimline optimize --all --write}, built again, started and probed. The optimized images must pass their
 * health probes (HTTP for api and web-app, Celery ping against redis for the worker), run as a non-root uid, hold
 * no compilers and no pip/npm caches, and be at least 80% smaller in total.
 */
@ExtendWith(EngineCleanupExtension.class)
class OptimizedServicesIT {

    private static final Path SERVICES = Path.of("examples/monorepo/services");
    private static final List<String> NAMES = List.of("api", "web-app", "worker");
    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);

    private final DockerEngine engine = TestEngines.real();

    @Test
    void optimizedServicesBuildRunPassProbesAndAreAtLeastEightyPercentSmaller(TestLabel label) throws Exception {
        TestEngines.requireImage("redis:7", Duration.ofMinutes(10));
        Path work = Files.createTempDirectory("slimline-optimize-it");
        copyTree(SERVICES, work);

        Map<String, Long> before = new LinkedHashMap<>();
        for (String name : NAMES) {
            before.put(name, buildAndSize(work.resolve(name), label.tag(name + "-orig"), label));
        }

        CliHarness.Result optimize = CliHarness.run("optimize", "--all", work.toString(), "--write", "--no-backup",
                "--base-family", "slim", "--no-diff");
        assertThat(optimize.exitCode()).as(optimize.err()).isZero();
        assertThat(optimize.out()).contains("Key changes:").contains("\u2713 Multi-stage build");

        Map<String, Long> after = new LinkedHashMap<>();
        for (String name : NAMES) {
            assertThat(Files.readString(work.resolve(name).resolve("Dockerfile"))).doesNotContain("<<").doesNotContain("syntax=");
            after.put(name, buildAndSize(work.resolve(name), label.tag(name + "-opt"), label));
        }

        String api = startHttp(label, "api", 8080);
        assertThat(httpStatus(engine.inspectContainer(api), 8080, "/health")).isEqualTo(200);
        String web = startHttp(label, "web-app", 3000);
        assertThat(httpStatus(engine.inspectContainer(web), 3000, "/")).isEqualTo(200);
        String worker = startWorker(label);
        ExecResult ping = engine.exec(worker, List.of("sh", "-c", "celery -A tasks inspect ping -d celery@$HOSTNAME"),
                Duration.ofSeconds(60));
        assertThat(ping.exitCode()).as(ping.stdout() + ping.stderr()).isZero();
        assertThat(ping.stdout()).contains("pong");

        for (String container : List.of(api, web, worker)) {
            assertThat(waitForHealth(container)).as("health of " + container).isEqualTo("healthy");
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

    private long buildAndSize(Path context, String tag, TestLabel label) {
        engine.build(BuildRequest.of(context, tag).withNetwork("host").withLabels(label.asMap())
                .withTimeout(Duration.ofMinutes(25)));
        return engine.imageInspect(tag).sizeBytes();
    }

    private String startHttp(TestLabel label, String name, int port) throws Exception {
        String id = engine.run(RunRequest.detached(label.tag(name + "-opt")).withName(label.name(name))
                .withPorts(List.of(PortMapping.anyLoopbackPort(port))).withLabels(label.asMap()));
        ContainerDetails details = engine.inspectContainer(id);
        waitUntil(() -> httpStatus(details, port, name.equals("api") ? "/health" : "/") == 200, Duration.ofMinutes(2));
        return id;
    }

    private String startWorker(TestLabel label) {
        String network = label.name("net");
        engine.createNetwork(network, label.asMap());
        String redis = label.name("redis");
        engine.run(RunRequest.detached("redis:7").withName(redis).withNetwork(network).withLabels(label.asMap()));
        return engine.run(RunRequest.detached(label.tag("worker-opt")).withName(label.name("worker")).withNetwork(network)
                .withEnv(Map.of("CELERY_BROKER_URL", "redis://" + redis + ":6379/0")).withLabels(label.asMap()));
    }

    private String waitForHealth(String container) throws InterruptedException {
        Instant deadline = Instant.now().plus(HEALTHY_WITHIN);
        String health = engine.inspectContainer(container).health();
        while (!health.equals("healthy") && !health.equals("unhealthy") && Instant.now().isBefore(deadline)) {
            Thread.sleep(2000);
            health = engine.inspectContainer(container).health();
        }
        return health;
    }

    private static int httpStatus(ContainerDetails details, int port, String path) {
        int hostPort = details.publishedPorts().get(port + "/tcp");
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hostPort + path))
                    .timeout(Duration.ofSeconds(5)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void waitUntil(Supplier<Boolean> condition, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within " + limit);
            }
            Thread.sleep(1000);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path relative = from.relativize(path);
                if (relative.toString().contains("node_modules") || relative.toString().contains(".next")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

}
