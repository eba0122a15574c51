package dev.slimline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Containers, networks, volumes and label cleanup on the real engine, with the debian:bookworm-slim stand-in. */
@ExtendWith(EngineCleanupExtension.class)
class ContainerOperationsIT {

    private static final String BASE = "debian:bookworm-slim";
    /** A tiny HTTP server in the perl that Debian's minimal root filesystem carries. */
    private static final String HTTP_SERVER = "$|=1; my $s=IO::Socket::INET->new(LocalPort=>8080,Listen=>5,ReuseAddr=>1)"
            + " or die qq(listen: $!); print qq(listening on 8080\\n);"
            + " while (my $c=$s->accept) { my $l=<$c>; print qq(request $l);"
            + " print $c qq(HTTP/1.0 200 OK\\r\\nContent-Type: text/plain\\r\\n\\r\\nok\\n); close $c; }";

    private final DockerEngine engine = TestEngines.real();

    @Test
    void runsAServerOnALoopbackPortAndExecsLogsStopsAndRemovesIt(TestLabel label) throws Exception {
        TestEngines.requireImage(BASE, Duration.ofMinutes(10));
        String id = engine.run(RunRequest.detached(BASE).withName(label.name("server")).withUser("1000")
                .withEnv(Map.of("GREETING", "hello")).withPorts(List.of(PortMapping.anyLoopbackPort(8080)))
                .withCommand(List.of("perl", "-MIO::Socket::INET", "-e", HTTP_SERVER)).withLabels(label.asMap()));

        ContainerDetails running = engine.inspectContainer(id);
        assertThat(running.running()).isTrue();
        assertThat(running.name()).isEqualTo(label.name("server"));
        assertThat(running.user()).isEqualTo("1000");
        assertThat(running.health()).isEmpty();
        assertThat(running.labels()).containsEntry(EngineCleanupExtension.LABEL_KEY, label.value());
        int port = running.publishedPorts().get("8080/tcp");
        assertThat(port).isPositive();

        HttpResponse<String> response = within(Duration.ofSeconds(30), () -> get("http://127.0.0.1:" + port + "/health"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("ok\n");

        ExecResult uid = engine.exec(id, List.of("id", "-u"));
        assertThat(uid).isEqualTo(new ExecResult(0, "1000\n", ""));
        ExecResult env = engine.exec(id, List.of("sh", "-c", "echo $GREETING; exit 7"));
        assertThat(env.exitCode()).isEqualTo(7);
        assertThat(env.stdout()).isEqualTo("hello\n");

        // The engine copies container output to its log asynchronously: allow it a moment to arrive.
        ContainerLogs logs = within(Duration.ofSeconds(10), () -> {
            ContainerLogs sofar = engine.logs(id, 10);
            return sofar.stdout().contains("request GET /health") ? sofar : null;
        });
        assertThat(logs.stdout()).contains("listening on 8080").contains("request GET /health HTTP/1.1");

        engine.stop(id, Duration.ofSeconds(1));
        ContainerDetails stopped = engine.inspectContainer(id);
        assertThat(stopped.running()).isFalse();
        assertThat(stopped.status()).isEqualTo("exited");

        engine.rm(id);
        assertThat(engine.listByLabel(EngineObject.CONTAINER, label.filter())).isEmpty();
        engine.rm(id); // already gone: no error
    }

    @Test
    void attachedRunReturnsAfterTheContainerExitedWithItsCodeAndOutput(TestLabel label) {
        TestEngines.requireImage(BASE, Duration.ofMinutes(10));

        String id = engine.run(RunRequest.detached(BASE).withDetach(false).withLabels(label.asMap())
                .withCommand(List.of("sh", "-c", "echo out; echo err >&2; exit 3")));

        ContainerDetails exited = engine.inspectContainer(id);
        assertThat(exited.status()).isEqualTo("exited");
        assertThat(exited.exitCode()).isEqualTo(3);
        assertThat(engine.logs(id, 0)).isEqualTo(new ContainerLogs("out\n", "err\n"));
    }

    @Test
    void healthcheckStatusIsReported(TestLabel label, @TempDir Path context) throws IOException {
        TestEngines.requireImage(BASE, Duration.ofMinutes(10));
        Files.writeString(context.resolve("Dockerfile"), "FROM " + BASE + "\n" + label.instruction() + "\n"
                + "HEALTHCHECK --interval=1s --timeout=2s CMD test -e /tmp/ready\n");
        String tag = label.tag("health");
        engine.build(BuildRequest.of(context, tag));
        String id = engine.run(RunRequest.detached(tag).withLabels(label.asMap())
                .withCommand(List.of("sh", "-c", "sleep 2; touch /tmp/ready; exec sleep 120")));

        String health = within(Duration.ofSeconds(60), () -> {
            String status = engine.inspectContainer(id).health();
            return status.equals("healthy") ? status : null;
        });

        assertThat(health).isEqualTo("healthy");
    }

    @Test
    void networksAndVolumesAreCreatedListedAndRemoved(TestLabel label) {
        String network = label.name("net");
        String volume = label.name("vol");

        String networkId = engine.createNetwork(network, label.asMap());
        assertThat(engine.createVolume(volume, label.asMap())).isEqualTo(volume);

        assertThat(engine.listByLabel(EngineObject.NETWORK, label.filter())).containsExactly(networkId);
        assertThat(engine.listByLabel(EngineObject.VOLUME, label.filter())).containsExactly(volume);
        engine.removeNetwork(network);
        engine.removeVolume(volume);
        assertThat(engine.listByLabel(EngineObject.NETWORK, label.filter())).isEmpty();
        assertThat(engine.listByLabel(EngineObject.VOLUME, label.filter())).isEmpty();
        engine.removeNetwork(network); // already gone: no error
        engine.removeVolume(volume);
    }

    @Test
    void janitorCountsAndRemovesEverythingCarryingALabel(TestLabel label) throws IOException {
        TestEngines.requireImage(BASE, Duration.ofMinutes(10));
        EngineJanitor janitor = new EngineJanitor(engine);
        String network = label.name("net");
        engine.createNetwork(network, label.asMap());
        engine.createVolume(label.name("vol"), label.asMap());
        engine.importImage(new ByteArrayInputStream(emptyTar()), label.tag("janitor"), List.of(label.instruction()));
        engine.run(RunRequest.detached(BASE).withLabels(label.asMap()).withNetwork(network)
                .withCommand(List.of("sleep", "120")));
        Map<EngineObject, Integer> one = Map.of(EngineObject.CONTAINER, 1, EngineObject.IMAGE, 1,
                EngineObject.NETWORK, 1, EngineObject.VOLUME, 1);

        assertThat(janitor.count(label.filter())).isEqualTo(one);
        assertThat(janitor.removeAll(label.filter())).isEqualTo(one);
        assertThat(janitor.count(label.filter())).containsOnlyKeys(one.keySet()).allSatisfy((kind, n) ->
                assertThat(n).as(kind.toString()).isZero());
        assertThat(engine.imageExists(BASE)).isTrue(); // the unlabelled base image is left alone
    }

    private static byte[] emptyTar() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new TarArchiveOutputStream(bytes).close();
        return bytes.toByteArray();
    }

    private static HttpResponse<String> get(String url) {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response : null;
        } catch (IOException e) {
            return null; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Polls until the supplier gives a non-null value, at most {@code limit}. */
    private static <T> T within(Duration limit, Supplier<T> attempt) {
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            T value = attempt.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not ready after " + limit.toSeconds() + "s");
            }
            TestEngines.pause(Duration.ofMillis(500));
        }
    }
}
