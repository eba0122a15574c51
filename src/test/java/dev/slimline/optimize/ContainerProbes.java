package dev.slimline.optimize;

import dev.slimline.engine.DockerEngine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/** What the optimize ITs share: copying a fixture to a scratch context, HTTP probes and bounded health waits. */
public final class ContainerProbes {

    private ContainerProbes() {
    }

    /** Copies a directory tree, leaving out installed dependencies and build output a developer may have locally. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String relative = from.relativize(path).toString();
                if (relative.contains("node_modules") || relative.contains(".next")) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** The HTTP status of GET 127.0.0.1:port/path, or -1 when nothing answers. */
    static int httpStatus(int port, String path) {
        try {
            // HTTP/1.1: the default h2c upgrade header makes Next.js treat the request as an upgrade and never answer
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(3)).build();
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Polls until the endpoint answers 200 or the limit passes; returns the last status. */
    static int awaitHttpOk(int port, String path, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        int status = httpStatus(port, path);
        while (status != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            status = httpStatus(port, path);
        }
        return status;
    }

    /** Polls the container's HEALTHCHECK status until healthy or unhealthy or the limit passes. */
    static String awaitHealth(DockerEngine engine, String container, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        String health = engine.inspectContainer(container).health();
        while (!health.equals("healthy") && !health.equals("unhealthy") && Instant.now().isBefore(deadline)) {
            Thread.sleep(2000);
            health = engine.inspectContainer(container).health();
        }
        return health;
    }
}
