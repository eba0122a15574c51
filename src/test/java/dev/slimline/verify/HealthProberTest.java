package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.slimline.engine.ExecResult;
import dev.slimline.engine.FakeDockerEngine;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HealthProber}'s failure paths against a {@link FakeDockerEngine} container whose port leads to a server in
 * this test: each ends in a failed check within its time bound, with the answers it saw as evidence.
 */
class HealthProberTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    /** How long unchanged non-2xx answers must last here: short, so the tests of settling stay fast. */
    private static final Duration SETTLE = Duration.ofMillis(300);
    /** A probe timeout no test of an early end waits for. */
    private static final Duration LONG = Duration.ofSeconds(60);
    /** Well inside {@link #LONG}: the probe ended on what it saw, not on its timeout. */
    private static final Duration EARLY = Duration.ofSeconds(20);
    private static final HealthProbe.Http HEALTH = new HealthProbe.Http(3000, List.of("/health"));

    @TempDir
    Path dir;

    private final FakeDockerEngine engine = new FakeDockerEngine();
    private HttpServer server;
    private ServerSocket silent;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.stop(0);
        }
        if (silent != null) {
            silent.close();
        }
    }

    /** A server answering {@code status} with {@code body} for the first {@code times} requests, then 200. */
    private int server(int status, String body, int times, AtomicInteger requests) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(requests.incrementAndGet() <= times ? status : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }

    private record Probed(Check check, Duration took) {
    }

    private Probed probe(FakeDockerEngine.ContainerScript script, HealthProbe probe, Duration timeout) {
        return probe(script, probe, timeout, Variant.OPTIMIZED);
    }

    private Probed probe(FakeDockerEngine.ContainerScript script, HealthProbe probe, Duration timeout, Variant variant) {
        engine.container(text -> true, script);
        String container = FakeVerifyRun.runContainer(engine, dir, "FROM node:18-slim\n");
        long start = System.nanoTime();
        Check check = new HealthProber(engine, timeout, SETTLE).probe("api", variant, container, probe);
        return new Probed(check, Duration.ofNanos(System.nanoTime() - start));
    }

    /** A server answering each route with its status in {@code statuses} ({@code /flags} 200 when not listed). */
    private int routes(Map<String, Integer> statuses, AtomicInteger requests) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(statuses.getOrDefault(exchange.getRequestURI().getPath(), 200), -1);
            exchange.close();
        });
        server.start();
        return server.getAddress().getPort();
    }

    private static final HealthProbe.Http GUESSES = new HealthProbe.Http(3000, List.of("/health", "/"));
    private static final Map<String, Integer> NO_ROUTE = Map.of("/health", 404, "/", 404);

    @Test
    void anOriginalThatAnswersEveryRouteTheSameNon2xxWayEndsItsProbeOnceTheAnswersSettle() throws IOException {
        int port = routes(NO_ROUTE, new AtomicInteger());

        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, port), GUESSES, LONG, Variant.ORIGINAL);

        assertThat(probed.check().status()).isEqualTo(CheckStatus.FAIL);
        assertThat(probed.check().summary()).isEqualTo("no 2xx from /health, / (the same answers for 0s: /health → 404,"
                + " / → 404)");
        assertThat(HealthProber.settledAnswers(probed.check()))
                .containsExactly(Map.entry("/health", 404), Map.entry("/", 404));
        assertThat(HealthProber.probedRoutes(probed.check().summary())).containsExactly("/health", "/");
        assertThat(probed.took()).as("ended on the settled answers, long before the probe timeout").isLessThan(EARLY);
    }

    @Test
    void aCandidateAnsweringAsItsOriginalSettledEndsEarlyToo() throws IOException {
        int port = routes(NO_ROUTE, new AtomicInteger());

        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, port), GUESSES.answeringAs(NO_ROUTE), LONG);

        assertThat(probed.check().summary()).startsWith("no 2xx from /health, / (the same answers for");
        assertThat(HealthProber.settledAnswers(probed.check())).isEqualTo(NO_ROUTE);
        assertThat(probed.took()).isLessThan(EARLY);
    }

    @Test
    void aCandidateSettlingOnOtherAnswersThanItsOriginalWaitsOutTheTimeout() throws IOException {
        int port = routes(Map.of("/health", 404, "/", 401), new AtomicInteger());

        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, port), GUESSES.answeringAs(NO_ROUTE),
                TIMEOUT);

        assertThat(probed.check().summary()).isEqualTo("no 2xx from /health, / within 2s");
        assertThat(HealthProber.settledAnswers(probed.check())).isEmpty();
        assertThat(HealthProber.probedRoutes(probed.check().summary())).containsExactly("/health", "/");
        assertThat(probed.took()).isGreaterThanOrEqualTo(TIMEOUT);
    }

    @Test
    void aCandidateWhoseOriginalAnsweredNoSettledAnswersNeverEndsOnItsOwn() throws IOException {
        int port = routes(NO_ROUTE, new AtomicInteger());

        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, port), GUESSES, TIMEOUT);

        assertThat(probed.check().summary()).isEqualTo("no 2xx from /health, / within 2s");
        assertThat(probed.took()).isGreaterThanOrEqualTo(TIMEOUT);
    }

    @Test
    void serverErrorsDoNotSettleTheOriginal() throws IOException {
        int port = routes(Map.of("/health", 503, "/", 404), new AtomicInteger());

        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, port), GUESSES, TIMEOUT, Variant.ORIGINAL);

        assertThat(probed.check().summary()).isEqualTo("no 2xx from /health, / within 2s");
        assertThat(probed.took()).isGreaterThanOrEqualTo(TIMEOUT);
    }

    @Test
    void aRouteAnswering2xxStillWinsOverSettledAnswersOnTheOthers() throws IOException {
        int port = routes(Map.of("/health", 404), new AtomicInteger());

        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, port),
                new HealthProbe.Http(3000, List.of("/health", "/flags")), LONG, Variant.ORIGINAL);

        assertThat(probed.check().status()).isEqualTo(CheckStatus.PASS);
        assertThat(probed.check().summary()).startsWith("GET /flags → 200 OK");
    }

    @Test
    void aCandidateThatDoesNotListenIsNotTakenForOneThatAnswersAsItsOriginal() throws IOException {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }

        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, closedPort),
                GUESSES.answeringAs(NO_ROUTE), TIMEOUT);

        assertThat(probed.check().summary()).isEqualTo("no 2xx from /health, / within 2s");
        assertThat(HealthProber.settledAnswers(probed.check())).isEmpty();
        assertThat(probed.check().evidence()).contains("ConnectException");
    }

    @Test
    void aCandidateThatExitsWhileItsOriginalHadSettledFailsAtOnceAsExited() throws IOException {
        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, routes(NO_ROUTE, new AtomicInteger()))
                .exited(1).log("Error: Cannot find module 'express'"), GUESSES.answeringAs(NO_ROUTE), LONG);

        assertThat(probed.check().summary()).isEqualTo("container exited (code 1) before answering HTTP");
        assertThat(HealthProber.settledAnswers(probed.check())).isEmpty();
        assertThat(probed.took()).isLessThan(EARLY);
    }

    @Test
    void aServerThatNeverAnswersTimesOutNearTheProbeTimeoutNotAfterAWholeRequestTimeout() throws IOException {
        silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress()); // accepts, never answers

        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, silent.getLocalPort()), HEALTH, TIMEOUT);

        assertThat(probed.check().status()).isEqualTo(CheckStatus.FAIL);
        assertThat(probed.check().summary()).isEqualTo("no 2xx from /health within 2s");
        assertThat(probed.check().evidence()).contains("HttpTimeoutException");
        assertThat(probed.took()).isBetween(TIMEOUT, Duration.ofSeconds(6));
    }

    @Test
    void non2xxAnswersAreRetriedUntilTheTimeoutAndTheLastOneIsTheEvidence() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        int port = server(500, "database unavailable", Integer.MAX_VALUE, requests);

        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, port).log("ECONNREFUSED db:5432"),
                HEALTH, TIMEOUT);

        assertThat(probed.check().status()).isEqualTo(CheckStatus.FAIL);
        assertThat(probed.check().summary()).isEqualTo("no 2xx from /health within 2s");
        assertThat(probed.check().evidence()).contains("/health → 500 database unavailable", "ECONNREFUSED db:5432");
        assertThat(requests.get()).isBetween(3, 7);
        assertThat(probed.took()).isBetween(TIMEOUT, Duration.ofSeconds(5));
        assertThat(engine.calls("logs")).hasSize(1);
    }

    @Test
    void aRefusedConnectionIsRetriedAndReportedAsSuch() throws IOException {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }

        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, closedPort), HEALTH, TIMEOUT);

        assertThat(probed.check().status()).isEqualTo(CheckStatus.FAIL);
        assertThat(probed.check().evidence()).contains("ConnectException");
        assertThat(engine.calls("inspectContainer")).hasSizeGreaterThan(2);
        assertThat(probed.took()).isBetween(TIMEOUT, Duration.ofSeconds(5));
    }

    @Test
    void theBackOffStartsShortSoALateServerPassesSoon() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        int port = server(503, "starting", 2, requests);

        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, port), HEALTH, Duration.ofSeconds(30));

        assertThat(probed.check().status()).isEqualTo(CheckStatus.PASS);
        assertThat(probed.check().summary()).startsWith("GET /health → 200 OK");
        assertThat(requests.get()).isEqualTo(3);
        // pauses of 0.1 and 0.2 s before the second and third request (one second each before the back-off)
        assertThat(probed.took()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aContainerThatExitsWhileProbedEndsTheProbeAtOnce() throws IOException {
        Probed probed = probe(new FakeDockerEngine.ContainerScript().port(3000, server(503, "", Integer.MAX_VALUE, new AtomicInteger()))
                .exited(137).log("Killed"), HEALTH, Duration.ofSeconds(30));

        assertThat(probed.check().status()).isEqualTo(CheckStatus.FAIL);
        assertThat(probed.check().summary()).isEqualTo("container exited (code 137) before answering HTTP");
        assertThat(probed.check().evidence()).contains("Killed");
        assertThat(probed.took()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aPortThatIsNotPublishedFailsWithoutWaiting() {
        Probed probed = probe(new FakeDockerEngine.ContainerScript(), HEALTH, Duration.ofSeconds(30));

        assertThat(probed.check().status()).isEqualTo(CheckStatus.FAIL);
        assertThat(probed.check().summary()).isEqualTo("port 3000 is not published");
        assertThat(probed.took()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aCommandProbeThatNeverAnswersTimesOutWithItsLastOutput() {
        HealthProbe.Command ping = new HealthProbe.Command(List.of("celery", "-A", "app", "inspect", "ping"), "pong");

        Probed probed = probe(new FakeDockerEngine.ContainerScript()
                .exec("celery", new ExecResult(69, "", "Error: No nodes replied within time constraint")), ping, TIMEOUT);

        assertThat(probed.check().status()).isEqualTo(CheckStatus.FAIL);
        assertThat(probed.check().summary()).isEqualTo("celery -A app inspect ping did not answer pong within 2s");
        assertThat(probed.check().evidence()).contains("exit 69", "No nodes replied");
        // back-off pauses of 0.1, 0.2, 0.4, 0.8, 1 s: about six attempts in the 2 s
        assertThat(engine.calls("exec")).hasSizeBetween(3, 7);
        assertThat(probed.took()).isBetween(TIMEOUT, Duration.ofSeconds(5));
    }

    @Test
    void anUnhealthyHealthcheckFailsAtOnceInsteadOfWaitingForTheTimeout() {
        engine.image(text -> true, FakeVerifyRun.WITH_HEALTHCHECK, 1L);

        Probed probed = probe(new FakeDockerEngine.ContainerScript().health("unhealthy")
                .exec("node healthcheck.js", new ExecResult(1, "", "503 from /health")),
                new HealthProbe.ImageHealthcheck(), Duration.ofSeconds(30));

        assertThat(probed.check().status()).isEqualTo(CheckStatus.FAIL);
        assertThat(probed.check().summary()).startsWith("HEALTHCHECK unhealthy after");
        assertThat(probed.check().evidence()).contains("$ node healthcheck.js", "503 from /health");
        assertThat(probed.took()).isLessThan(Duration.ofSeconds(2));
    }
}
