package dev.slimline.optimize;

import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.Polling;
import dev.slimline.examples.Probe;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
        return Probe.get(port, path).map(HttpResponse::statusCode).orElse(-1);
    }

    /** Polls until the endpoint answers 200 or the limit passes; returns the last status. */
    static int awaitHttpOk(int port, String path, Duration limit) {
        return Polling.poll(limit, Duration.ofSeconds(1), () -> httpStatus(port, path), status -> status == 200);
    }

    /** Polls the container's HEALTHCHECK status until healthy or unhealthy or the limit passes. */
    static String awaitHealth(DockerEngine engine, String container, Duration limit) {
        return Polling.poll(limit, Duration.ofSeconds(2), () -> engine.inspectContainer(container).health(),
                health -> health.equals("healthy") || health.equals("unhealthy"));
    }
}
