package dev.slimline.examples;

import dev.slimline.engine.Polling;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Bounded waits for apps in containers: every attempt and the whole wait have a time limit. */
public final class Probe {

    private Probe() {
    }

    /**
     * Tries {@code attempt} every second until it gives a value or {@code limit} has passed; then fails with
     * {@code what} and the last thing seen ({@code lastSeen} is asked only then, e.g. for the container's log).
     */
    static <T> T until(Duration limit, String what, Supplier<Optional<T>> attempt, Supplier<String> lastSeen) {
        return Polling.poll(limit, Duration.ofSeconds(1), attempt, Optional::isPresent).orElseThrow(() ->
                new AssertionError(what + " not within " + limit.toSeconds() + " s; last seen: " + lastSeen.get()));
    }

    /**
     * GET on loopback; empty while nothing answers yet (connection refused or reset, timeout). HTTP/1.1 only: Java's
     * default first request asks to upgrade to h2c, and Next.js's server never answers such a request.
     */
    public static Optional<HttpResponse<String>> get(int port, String path) {
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build()) {
            return Optional.of(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
