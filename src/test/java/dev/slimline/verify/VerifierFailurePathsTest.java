package dev.slimline.verify;

import static dev.slimline.engine.FakeDockerEngine.containing;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.slimline.engine.FakeDockerEngine;
import dev.slimline.engine.RuntimeConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a verify run fails, on a {@link FakeDockerEngine}: the check the report carries, the engine calls the
 * run made and did not make, and that cleanup leaves nothing carrying the run's label. Docker itself is proved by
 * the {@code Verify*IT} tests.
 */
class VerifierFailurePathsTest {

    @TempDir
    Path dir;

    private FakeVerifyRun run;
    private RunLabel label;
    private HttpServer server;
    private HttpServer okServer;

    @BeforeEach
    void writeService() {
        run = new FakeVerifyRun(dir);
        label = run.label;
    }

    @AfterEach
    void stopServers() {
        for (HttpServer each : new HttpServer[] {server, okServer}) {
            if (each != null) {
                each.stop(0);
            }
        }
    }

    private VerifyReport verify(FakeDockerEngine engine) {
        return run.verify(engine);
    }

    private void assertNothingLeft(FakeDockerEngine engine) {
        run.assertNothingLeft(engine);
    }

    /** Both builds were asked for (side by side), no compose project started, and cleanup removed the one image that exists. */
    private void assertOptimizedNeverBuiltNothingRanAndTheOriginalRemoved(FakeDockerEngine engine) {
        assertThat(engine.calls("build")).containsExactlyInAnyOrder(run.tag(Variant.ORIGINAL), run.tag(Variant.OPTIMIZED));
        assertThat(engine.calls("composeUp")).isEmpty();
        assertThat(engine.calls("removeImage")).containsExactly(run.tag(Variant.ORIGINAL));
        assertNothingLeft(engine);
    }

    private static Check failed(VerifyReport report) {
        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).hasSize(1);
        return report.failures().get(0);
    }

    @Test
    void theHappyPathPassesSoTheFailuresBelowAreCausedByTheirScripts() {
        FakeDockerEngine engine = FakeVerifyRun.healthy(new FakeDockerEngine());

        VerifyReport report = verify(engine);

        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(engine.calls("composeUp")).containsExactly(label.projectName(Variant.ORIGINAL),
                label.projectName(Variant.OPTIMIZED));
        assertNothingLeft(engine);
    }

    @Test
    void aFailedBuildIsAFailedCheckNothingRunsAndTheOtherImageIsRemoved() {
        FakeDockerEngine engine = FakeVerifyRun.healthy(new FakeDockerEngine()
                .failBuilds(containing(FakeVerifyRun.OPTIMIZED_BASE), "npm ERR! missing script: build"));

        VerifyReport report = verify(engine);

        Check check = failed(report);
        assertThat(check.category()).isEqualTo(CheckCategory.BUILD);
        assertThat(check.variant()).isEqualTo(Variant.OPTIMIZED);
        assertThat(check.evidence()).contains("npm ERR! missing script: build");
        assertThat(report.services().get(0).optimized()).isNull();
        assertOptimizedNeverBuiltNothingRanAndTheOriginalRemoved(engine);
    }

    @Test
    void aContainerThatExitsEarlyFailsHealthWithItsExitCodeAndLog() {
        FakeDockerEngine engine = FakeVerifyRun.healthy(new FakeDockerEngine()
                .container(containing(FakeVerifyRun.OPTIMIZED_BASE), new FakeDockerEngine.ContainerScript().exited(3)
                        .log("Error: Cannot find module '/app/server.js'")));

        VerifyReport report = verify(engine);

        assertThat(report.passed()).isFalse();
        Check check = report.failures().get(0);
        assertThat(check.variant()).isEqualTo(Variant.OPTIMIZED);
        assertThat(check.category()).isEqualTo(CheckCategory.HEALTH);
        assertThat(check.summary()).isEqualTo("container exited (code 3)");
        // the exec into the gone container fails, so the user check falls back to the saved image's USER
        assertThat(report.failures()).filteredOn(c -> c.name().equals("user")).singleElement()
                .satisfies(user -> assertThat(user.summary()).startsWith("running as root"));
        assertThat(check.evidence()).contains("Cannot find module '/app/server.js'");
        // each project taken down once, when its probes end: the cleanup does not run compose for them again
        assertThat(engine.calls("composeDown")).containsExactly(label.projectName(Variant.ORIGINAL),
                label.projectName(Variant.OPTIMIZED));
        assertNothingLeft(engine);
    }

    @Test
    void anHttpProbeThatNeverGetsA2xxTimesOutWithinTheProbeTimeout() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        RuntimeConfig http = FakeDockerEngine.config("1000", Set.of("3000/tcp"), FakeVerifyRun.WITH_HEALTHCHECK.healthcheck(),
                FakeVerifyRun.WITH_HEALTHCHECK.cmd());
        FakeDockerEngine engine = FakeVerifyRun.healthy(new FakeDockerEngine()
                .image(text -> true, http, 80_000_000L)
                .container(containing(FakeVerifyRun.OPTIMIZED_BASE), new FakeDockerEngine.ContainerScript().health("healthy")
                        .port(3000, server.getAddress().getPort()))
                .container(text -> true, new FakeDockerEngine.ContainerScript().health("healthy")
                        .port(3000, serverAnswering200())));

        long start = System.nanoTime();
        VerifyReport report = verify(engine);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Check check = failed(report);
        assertThat(check.variant()).isEqualTo(Variant.OPTIMIZED);
        assertThat(check.summary()).startsWith("no 2xx from /health").endsWith("within 1s");
        assertThat(check.evidence()).contains("→ 503");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertNothingLeft(engine);
    }

    @Test
    void aCandidateAnsweringEveryRouteAsTheOriginalSettledEndsItsProbeThenInsteadOfAtTheTimeout() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> { // an app serving only its own routes, none of the probed ones
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        RuntimeConfig http = FakeDockerEngine.config("1000", Set.of("3000/tcp"), java.util.Optional.empty(),
                FakeVerifyRun.WITH_HEALTHCHECK.cmd());
        FakeDockerEngine engine = new FakeDockerEngine().image(text -> true, http, 80_000_000L)
                .container(text -> true, new FakeDockerEngine.ContainerScript().port(3000, server.getAddress().getPort()));
        Duration timeout = Duration.ofSeconds(60);

        long start = System.nanoTime();
        VerifyReport report = run.verify(engine, new VerifySettings(Duration.ofMinutes(1), timeout,
                ImpactSettings.defaults(), false, null, Duration.ofMillis(200)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        String settled = "no 2xx from /health, /healthz, /api/health, / (the same answers for 0s: /health → 404,"
                + " /healthz → 404, /api/health → 404, / → 404)";
        assertThat(report.services().get(0).checks()).filteredOn(check -> check.name().equals("health"))
                .extracting(Check::variant, Check::summary)
                .containsExactly(org.assertj.core.api.Assertions.tuple(Variant.ORIGINAL, settled),
                        org.assertj.core.api.Assertions.tuple(Variant.OPTIMIZED, settled));
        assertThat(took).as("both probes ended on the settled answers, not on the probe timeout").isLessThan(
                timeout.dividedBy(2));
        assertNothingLeft(engine);
    }

    /**
     * Both variants answer 404 everywhere; the optimized one's HEALTHCHECK requests {@code /} and the engine never
     * calls it healthy. {@code testExit} is how the HEALTHCHECK's test ends when verify runs it.
     */
    private VerifyReport settledAppWithHealthcheckOnRoot(int testExit, String engineHealth) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        int port = server.getAddress().getPort();
        RuntimeConfig original = FakeDockerEngine.config("1000", Set.of("3000/tcp"), java.util.Optional.empty(),
                FakeVerifyRun.WITH_HEALTHCHECK.cmd());
        RuntimeConfig optimized = FakeDockerEngine.config("1000", Set.of("3000/tcp"), java.util.Optional.of(
                new dev.slimline.engine.HealthCheck(List.of("CMD", "node", "-e", "require('http').get("
                        + "'http://127.0.0.1:3000/',r=>process.exit(r.statusCode<400?0:1))"), Duration.ofSeconds(30),
                        Duration.ofSeconds(10), Duration.ofSeconds(30), 3)), FakeVerifyRun.WITH_HEALTHCHECK.cmd());
        FakeDockerEngine engine = new FakeDockerEngine()
                .image(containing(FakeVerifyRun.OPTIMIZED_BASE), optimized, 70_000_000L)
                .image(text -> true, original, 80_000_000L)
                .container(containing(FakeVerifyRun.OPTIMIZED_BASE), new FakeDockerEngine.ContainerScript().port(3000, port)
                        .health(engineHealth).exec("node -e", new dev.slimline.engine.ExecResult(testExit, "", "")))
                .container(text -> true, new FakeDockerEngine.ContainerScript().port(3000, port));
        VerifyReport report = run.verify(engine, new VerifySettings(Duration.ofMinutes(1), Duration.ofSeconds(60),
                ImpactSettings.defaults(), false, null, Duration.ofMillis(200)));
        assertNothingLeft(engine);
        return report;
    }

    private static Check named(VerifyReport report, String name) {
        return report.services().get(0).checks().stream().filter(check -> check.name().equals(name)
                && check.variant() == Variant.OPTIMIZED).findFirst().orElseThrow();
    }

    @Test
    void aHealthcheckOnARouteThatSettledOnA404FailsAfterThreeFailedRunsNotAfterTheEnginesRetries() throws IOException {
        long start = System.nanoTime();
        VerifyReport report = settledAppWithHealthcheckOnRoot(1, "starting");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Check healthcheck = named(report, "healthcheck");
        assertThat(healthcheck.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(healthcheck.summary()).isEqualTo("HEALTHCHECK failed 3 runs in a row on a route whose answer had"
                + " settled");
        assertThat(healthcheck.evidence()).contains("$ node -e", "exit 1");
        assertThat(named(report, "health").summary()).startsWith("no 2xx from /, /health, /healthz, /api/health (the"
                + " same answers for");
        assertThat(took).as("ended on the runs, not on the 60 s probe timeout").isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aHealthcheckThatPassesWhenRunHereStillWaitsForTheEngineToCallItHealthy() throws IOException {
        VerifyReport report = settledAppWithHealthcheckOnRoot(0, "healthy");

        Check healthcheck = named(report, "healthcheck");
        assertThat(healthcheck.status()).isEqualTo(CheckStatus.PASS);
        assertThat(healthcheck.summary()).startsWith("HEALTHCHECK healthy after");
    }

    private int serverAnswering200() throws IOException {
        okServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        okServer.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        okServer.start();
        return okServer.getAddress().getPort();
    }

    @Test
    void aHealthcheckThatNeverTurnsHealthyFailsAfterTheTimeoutAndShowsItsOwnOutput() {
        FakeDockerEngine engine = FakeVerifyRun.healthy(new FakeDockerEngine()
                .container(containing(FakeVerifyRun.OPTIMIZED_BASE), new FakeDockerEngine.ContainerScript().health("starting")
                        .exec("node healthcheck.js", new dev.slimline.engine.ExecResult(1, "",
                                "connect ECONNREFUSED 127.0.0.1:3000"))));

        VerifyReport report = verify(engine);

        Check check = failed(report);
        assertThat(check.variant()).isEqualTo(Variant.OPTIMIZED);
        assertThat(check.summary()).startsWith("HEALTHCHECK starting after");
        assertThat(check.evidence()).contains("$ node healthcheck.js", "ECONNREFUSED");
        assertThat(engine.calls("exec")).anyMatch(call -> call.endsWith(": node healthcheck.js"));
        assertNothingLeft(engine);
    }

    @Test
    void anInterruptDuringABuildEndsTheRunStartsNothingMoreAndCleanupRemovesTheImagesBuiltSoFar()
            throws Exception {
        FakeDockerEngine engine = FakeVerifyRun.healthy(new FakeDockerEngine().blockBuilds(containing(FakeVerifyRun.OPTIMIZED_BASE)));
        AtomicReference<Throwable> ended = new AtomicReference<>();
        AtomicReference<Boolean> interruptKept = new AtomicReference<>();
        Thread verifying = new Thread(() -> {
            try {
                verify(engine);
            } catch (Throwable e) {
                ended.set(e);
            }
            interruptKept.set(Thread.currentThread().isInterrupted());
        }, "verify-under-test");
        verifying.start();

        assertThat(engine.awaitBlockedBuild(Duration.ofSeconds(10))).isTrue();
        verifying.interrupt();
        verifying.join(Duration.ofSeconds(10));

        assertThat(verifying.isAlive()).isFalse();
        assertThat(ended.get()).isNotNull().hasMessageContaining("interrupted");
        assertThat(interruptKept.get()).isTrue();
        assertOptimizedNeverBuiltNothingRanAndTheOriginalRemoved(engine);
    }

    @Test
    void composeUpThatFailsIsAFailedHealthCheckForEveryServiceAndTheProjectIsTakenDown() {
        FakeDockerEngine engine = FakeVerifyRun.healthy(new FakeDockerEngine()).failCall("composeUp", label.projectName(Variant.OPTIMIZED));
        VerifyReport report = verify(engine);

        Check check = failed(report);
        assertThat(check.summary()).isEqualTo("compose up failed");
        assertThat(check.evidence()).contains("(scripted)");
        assertThat(engine.calls("composeDown")).contains(label.projectName(Variant.OPTIMIZED));
        assertNothingLeft(engine);
    }

    @Test
    void aBuildFailingBesideOthersFailsOnlyItsServiceAndTheChecksKeepServiceAndVariantOrder() {
        ServiceUnderTest worker = run.secondService();
        FakeDockerEngine engine = FakeVerifyRun.healthy(new FakeDockerEngine()
                .failBuilds(containing("python:3.11-slim"), "ERROR: No matching distribution found for celery"));

        VerifyReport report = run.verify(engine, java.util.List.of(run.service, worker));

        Check check = failed(report);
        assertThat(check.service()).isEqualTo("worker");
        assertThat(check.category()).isEqualTo(CheckCategory.BUILD);
        assertThat(check.variant()).isEqualTo(Variant.OPTIMIZED);
        assertThat(check.evidence()).contains("No matching distribution found for celery");
        assertThat(engine.calls("build")).hasSize(4);
        // the api still ran and passed; the worker, missing an image, never started
        assertThat(report.services().get(0).checks()).allMatch(c -> !c.failed());
        assertThat(report.services().get(0).checks().subList(0, 2)).extracting(Check::variant)
                .containsExactly(Variant.ORIGINAL, Variant.OPTIMIZED);
        assertThat(report.services().get(1).checks()).extracting(Check::name).containsExactly("build", "build");
        assertThat(report.services().get(1).checks()).extracting(Check::variant)
                .containsExactly(Variant.ORIGINAL, Variant.OPTIMIZED);
        assertThat(engine.calls("save")).containsExactly(run.tag(Variant.OPTIMIZED));
        assertNothingLeft(engine);
    }

    @Test
    void anEngineWithTheLegacyBuilderBuildsOneImageAtATimeInOrder() {
        FakeDockerEngine engine = FakeVerifyRun.healthy(new FakeDockerEngine().serialBuilds());
        ServiceUnderTest worker = run.secondService();

        VerifyReport report = run.verify(engine, java.util.List.of(run.service, worker));

        assertThat(report.passed()).isTrue();
        assertThat(engine.calls("build")).containsExactly(run.tag(Variant.ORIGINAL), run.tag(Variant.OPTIMIZED),
                label.imageTag("worker", Variant.ORIGINAL), label.imageTag("worker", Variant.OPTIMIZED));
        assertNothingLeft(engine);
    }

    @Test
    void aFailedReadOfTheOptimizedImageInTheBackgroundIsAFailedProbeCheckAndEverythingIsRemoved() {
        FakeDockerEngine engine = FakeVerifyRun.healthy(new FakeDockerEngine()).failCall("save", run.tag(Variant.OPTIMIZED));
        VerifyReport report = verify(engine);

        assertThat(failed(report)).extracting(Check::variant, Check::name, Check::summary)
                .containsExactly(Variant.OPTIMIZED, "probe", "could not probe the container");
        assertThat(failed(report).evidence()).contains("(scripted)");
        assertThat(engine.calls("composeDown")).contains(label.projectName(Variant.OPTIMIZED));
        assertNothingLeft(engine);
    }

    @Test
    void aComposeDownThatFailsDuringTheRunIsRetriedByTheCleanupAndTheJanitorRemovesTheRest() {
        FakeDockerEngine engine = FakeVerifyRun.healthy(new FakeDockerEngine()).failCall("composeDown", label.projectName(Variant.OPTIMIZED));
        VerifyReport report = verify(engine);

        assertThat(report.passed()).isTrue();
        assertThat(engine.calls("composeDown")).containsExactly(label.projectName(Variant.ORIGINAL),
                label.projectName(Variant.OPTIMIZED), label.projectName(Variant.OPTIMIZED));
        assertNothingLeft(engine);
    }
}
