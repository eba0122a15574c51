package dev.slimline.cli;

import static dev.slimline.engine.FakeDockerEngine.containing;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.slimline.audit.MeasuredOptimization;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineUnavailableException;
import dev.slimline.engine.FakeDockerEngine;
import dev.slimline.engine.HealthCheck;
import dev.slimline.engine.RuntimeConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The proof step of {@code optimize --write} on a {@link FakeDockerEngine}: one test per way a candidate fails,
 * the fall-back order, what is (not) written, the exit code, the evidence printed and the cleanup after each
 * candidate. The real engine's side is {@code OptimizeProofIT}.
 */
class OptimizeProofTest {

    /** A Node service optimized with --base-family alpine: alpine, then slim, then safe recipes only. */
    private static final String ORIGINAL = """
            FROM node:18
            WORKDIR /app
            COPY package*.json ./
            RUN npm install
            COPY . .
            EXPOSE 3000
            CMD ["node", "server.js"]
            """;

    private static final RuntimeConfig HEALTHY = FakeDockerEngine.config("1000", Set.of(), Optional.of(
            new HealthCheck(List.of("CMD", "node", "healthcheck.js"), Duration.ofSeconds(30), Duration.ofSeconds(3),
                    Duration.ZERO, 3)), List.of("node", "server.js"));

    private final List<HttpServer> servers = new ArrayList<>();

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.stop(0));
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Path app(Path dir) throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), ORIGINAL);
        Files.writeString(dir.resolve("package.json"), """
                {"name": "shop", "version": "1.0.0", "scripts": {"start": "node server.js"},
                 "dependencies": {}}
                """);
        Files.writeString(dir.resolve("package-lock.json"), """
                {"name": "shop", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
                 "packages": {"": {"name": "shop", "version": "1.0.0"}}}
                """);
        Files.writeString(dir.resolve("server.js"), "require('http').createServer((q, s) => s.end('ok')).listen(3000);\n");
        return dir;
    }

    /** Every image healthy and non-root unless a test scripts otherwise (earlier rules win). */
    private static FakeDockerEngine healthyByDefault(FakeDockerEngine engine) {
        return engine.image(text -> true, HEALTHY, 90_000_000L)
                .container(text -> true, new FakeDockerEngine.ContainerScript().health("healthy"));
    }

    private static Run optimize(Supplier<DockerEngine> engine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new OptimizeCommand(engine));
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run optimizeWrite(FakeDockerEngine engine, Path dir) {
        return optimize(() -> engine, dir.toString(), "--write", "--no-diff", "--base-family", "alpine", "--probe-timeout", "1s");
    }

    @Test
    void aCandidateThatDoesNotBuildFallsBackToTheNextFamily(@TempDir Path dir) throws IOException {
        FakeDockerEngine engine = healthyByDefault(new FakeDockerEngine()
                .failBuilds(containing("node:18-alpine"), "ERROR: pull access denied for node, repository does not exist"));

        Run run = optimizeWrite(engine, app(dir));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        String firstLine = run.out().lines().findFirst().orElseThrow();
        assertThat(firstLine).contains("verified on the engine").contains("candidate 2 of 3").contains("node:18-slim");
        assertThat(run.out()).contains("✗ 1. alpine (node:18-alpine): dropped: build failed")
                .contains("| ERROR: pull access denied for node")
                .contains("✓ 2. slim (node:18-slim): passed")
                .contains("- 3. safe recipes only (node:18): not needed");
        String written = Files.readString(dir.resolve("Dockerfile"));
        assertThat(written).contains("node:18-slim").doesNotContain("alpine");
        assertThat(Files.readString(dir.resolve("Dockerfile.orig"))).isEqualTo(ORIGINAL);
        MeasuredOptimization record = MeasuredOptimization.current(dir.resolve("Dockerfile")).orElseThrow();
        assertThat(record.candidate()).isEqualTo("slim (node:18-slim)");
        assertThat(record.optimizedBytes()).isEqualTo(90_000_000L);
        assertThat(record.describesWritten(written)).isTrue();
    }

    @Test
    void aContainerThatExitsEarlyDropsTheCandidateWithItsLog(@TempDir Path dir) throws IOException {
        FakeDockerEngine engine = healthyByDefault(new FakeDockerEngine()
                .container(containing("node:18-alpine"), new FakeDockerEngine.ContainerScript().exited(1)
                        .log("Error: Cannot find module 'express'")));

        Run run = optimizeWrite(engine, app(dir));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("✗ 1. alpine (node:18-alpine): dropped: container exited (code 1)")
                .contains("| Error: Cannot find module 'express'")
                .contains("✓ 2. slim (node:18-slim): passed");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).contains("node:18-slim");
    }

    @Test
    void aCandidateThatAnswersTheProbesAsTheOriginalDoesIsWaivedAndSaysWhy(@TempDir Path dir) throws IOException {
        int onlyItsOwnRoutes = server(404, "not found");
        RuntimeConfig http = FakeDockerEngine.config("1000", Set.of("3000/tcp"), HEALTHY.healthcheck(), HEALTHY.cmd());
        FakeDockerEngine engine = healthyByDefault(new FakeDockerEngine()
                .image(text -> true, http, 50_000_000L)
                .container(text -> true, new FakeDockerEngine.ContainerScript().health("healthy")
                        .port(3000, onlyItsOwnRoutes)));

        Run run = optimizeWrite(engine, app(dir));

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("candidate 1 of 3")
                .contains("waived").contains("the original answers the same probes the same way");
    }

    @Test
    void aProbeThatTimesOutDropsTheCandidateWithTheAnswers(@TempDir Path dir) throws IOException {
        int unhealthyPort = server(503, "database not reachable");
        RuntimeConfig http = FakeDockerEngine.config("1000", Set.of("3000/tcp"), HEALTHY.healthcheck(), HEALTHY.cmd());
        FakeDockerEngine engine = healthyByDefault(new FakeDockerEngine()
                .image(containing("node:18-alpine"), http, 50_000_000L)
                .container(containing("node:18-alpine"), new FakeDockerEngine.ContainerScript().health("healthy")
                        .port(3000, unhealthyPort)));

        Run run = optimizeWrite(engine, app(dir));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("✗ 1. alpine (node:18-alpine): dropped: no 2xx from /health, /healthz, /api/health, / within 1s")
                .contains("→ 503 database not reachable")
                .contains("✓ 2. slim (node:18-slim): passed");
    }

    @Test
    void aHealthcheckThatNeverTurnsHealthyDropsTheCandidate(@TempDir Path dir) throws IOException {
        FakeDockerEngine engine = healthyByDefault(new FakeDockerEngine()
                .container(containing("node:18-alpine"), new FakeDockerEngine.ContainerScript().health("unhealthy")
                        .exec("node healthcheck.js", new dev.slimline.engine.ExecResult(1, "", "ECONNREFUSED 127.0.0.1:3000"))));

        Run run = optimizeWrite(engine, app(dir));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("✗ 1. alpine (node:18-alpine): dropped: HEALTHCHECK unhealthy")
                .contains("| ECONNREFUSED 127.0.0.1:3000")
                .contains("✓ 2. slim (node:18-slim): passed");
    }

    @Test
    void whenNoCandidatePassesNothingIsWrittenTheEvidenceIsPrintedAndTheExitCodeIsOne(@TempDir Path dir)
            throws IOException {
        FakeDockerEngine engine = healthyByDefault(new FakeDockerEngine()
                .failBuilds(containing("node:18-alpine"), "ERROR: node:18-alpine: not found")
                .container(containing("node:18-slim"), new FakeDockerEngine.ContainerScript().exited(137).log("Killed"))
                .container(text -> !text.equals(ORIGINAL), new FakeDockerEngine.ContainerScript().health("unhealthy")));

        Run run = optimizeWrite(engine, app(dir));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out().lines().findFirst().orElseThrow())
                .contains("not written: no candidate passed on the engine (3 of 3 tried");
        assertThat(run.out()).contains("✗ 1. alpine").contains("| ERROR: node:18-alpine: not found")
                .contains("✗ 2. slim").contains("container exited (code 137)").contains("| Killed")
                .contains("✗ 3. safe recipes only").contains("HEALTHCHECK unhealthy")
                .doesNotContain("Wrote ");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(ORIGINAL);
        assertThat(dir.resolve("Dockerfile.orig")).doesNotExist();
        assertThat(dir.resolve(".dockerignore")).doesNotExist();
        assertThat(MeasuredOptimization.fileFor(dir.resolve("Dockerfile"))).doesNotExist();
    }

    @Test
    void everythingACandidateMadeIsRemovedBeforeTheNextOneIsBuilt(@TempDir Path dir) throws IOException {
        FakeDockerEngine engine = healthyByDefault(new FakeDockerEngine()
                .container(containing("node:18-alpine"), new FakeDockerEngine.ContainerScript().exited(1)));

        optimizeWrite(engine, app(dir));

        List<String> operations = engine.calls().stream().map(FakeDockerEngine.Call::operation).toList();
        List<String> builds = engine.calls("build");
        assertThat(builds).hasSize(4); // original and candidate, twice
        int secondCandidateBuild = indexOf(engine, "build", builds.get(2));
        int firstCandidateRemoved = indexOf(engine, "removeImage", builds.get(1));
        assertThat(firstCandidateRemoved).isPositive().isLessThan(secondCandidateBuild);
        assertThat(operations.subList(0, secondCandidateBuild)).contains("composeUp", "composeDown");
        assertThat(engine.imageTags()).isEmpty();
        assertThat(engine.containerIds()).isEmpty();
    }

    @Test
    void aFailureTheUserAskedForIsWaivedAndSaysWhy(@TempDir Path dir) throws IOException {
        RuntimeConfig noHealthcheck = FakeDockerEngine.config("1000", Set.of(), Optional.empty(), HEALTHY.cmd());
        FakeDockerEngine engine = new FakeDockerEngine().image(text -> true, noHealthcheck, 90_000_000L)
                .failBuilds(containing("node:18-alpine"), "ERROR: node:18-alpine: not found");

        Run run = optimize(() -> engine, app(dir).toString(), "--write", "--no-diff", "--base-family", "alpine", "--probe-timeout", "1s",
                "--no-healthcheck");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("✓ 2. slim (node:18-slim): passed")
                .contains("waived healthcheck-present: no HEALTHCHECK (--no-healthcheck)");
    }

    @Test
    void whenTheOriginalDoesNotBuildNoFurtherCandidateIsTried(@TempDir Path dir) throws IOException {
        FakeDockerEngine engine = healthyByDefault(new FakeDockerEngine()
                .failBuilds(text -> text.equals(ORIGINAL), "npm ERR! network request failed"));

        Run run = optimizeWrite(engine, app(dir));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("not written: no candidate passed on the engine (1 of 3 tried")
                .contains("dropped: original build failed").contains("| npm ERR! network request failed")
                .contains("not tried further: the original does not build here");
        assertThat(engine.calls("composeUp")).isEmpty();
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(ORIGINAL);
    }

    @Test
    void outWritesTheProvenCandidateAndItsRecordElsewhere(@TempDir Path dir, @TempDir Path out) throws IOException {
        FakeDockerEngine engine = healthyByDefault(new FakeDockerEngine()
                .failBuilds(containing("node:18-alpine"), "ERROR: node:18-alpine: not found"));

        Run run = optimize(() -> engine, app(dir).toString(), "--out", out.toString(), "--no-diff", "--base-family", "alpine",
                "--probe-timeout", "1s");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(ORIGINAL);
        assertThat(MeasuredOptimization.fileFor(dir.resolve("Dockerfile"))).doesNotExist();
        assertThat(Files.readString(out.resolve("Dockerfile"))).contains("node:18-slim");
        assertThat(MeasuredOptimization.current(out.resolve("Dockerfile")).orElseThrow().base())
                .isEqualTo("node:18-slim");
    }

    @Test
    void noVerifyWritesUnprovenAndSaysSoFirst(@TempDir Path dir) throws IOException {
        FakeDockerEngine engine = new FakeDockerEngine();

        Run run = optimize(() -> engine, app(dir).toString(), "--write", "--no-diff", "--base-family", "alpine", "--no-verify");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .isEqualTo(dir.getFileName() + ": not verified (--no-verify): written as proposed, never built or run");
        assertThat(engine.calls()).isEmpty();
        assertThat(Files.readString(dir.resolve("Dockerfile"))).contains("node:18-alpine");
        assertThat(MeasuredOptimization.fileFor(dir.resolve("Dockerfile"))).doesNotExist();
    }

    @Test
    void withoutAnEngineTheFirstLineSaysWhyNothingWasProven(@TempDir Path dir) throws IOException {
        Run run = optimize(() -> {
            throw new EngineUnavailableException("Cannot connect to the Docker daemon at unix:///var/run/docker.sock");
        }, app(dir).toString(), "--write", "--no-diff", "--base-family", "alpine");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).contains("not verified (no Docker engine: Cannot connect"
                + " to the Docker daemon at unix:///var/run/docker.sock): written as proposed");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isNotEqualTo(ORIGINAL);
    }

    @Test
    void aPreviewNeitherProvesNorWrites(@TempDir Path dir) throws IOException {
        FakeDockerEngine engine = new FakeDockerEngine();

        Run run = optimize(() -> engine, app(dir).toString(), "--no-diff");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Optimization applied: ");
        assertThat(engine.calls()).isEmpty();
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(ORIGINAL);
    }

    private static int indexOf(FakeDockerEngine engine, String operation, String subject) {
        List<FakeDockerEngine.Call> calls = engine.calls();
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).operation().equals(operation) && calls.get(i).subject().equals(subject)) {
                return i;
            }
        }
        return -1;
    }

    /** A loopback HTTP server answering every request with {@code status} and {@code body}; returns its port. */
    private int server(int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return server.getAddress().getPort();
    }
}
