package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.EngineJanitor;
import dev.slimline.engine.EngineObject;
import dev.slimline.engine.FakeDockerEngine;
import dev.slimline.engine.HealthCheck;
import dev.slimline.engine.RuntimeConfig;
import dev.slimline.engine.RunRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One service ({@code api}: a node:18 original and a node:18-slim optimized Dockerfile) verified on a
 * {@link FakeDockerEngine} with a fixed run label, for the unit tests of verify's failure paths.
 */
final class FakeVerifyRun {

    static final String OPTIMIZED_BASE = "node:18-slim";
    static final RuntimeConfig WITH_HEALTHCHECK = FakeDockerEngine.config("1000", Set.of(), Optional.of(
            new HealthCheck(List.of("CMD", "node", "healthcheck.js"), Duration.ofSeconds(30), Duration.ofSeconds(3),
                    Duration.ZERO, 3)), List.of("node", "server.js"));
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(1);

    final RunLabel label = new RunLabel("fakerun1");
    final Path dir;
    final ServiceUnderTest service;

    FakeVerifyRun(Path dir) {
        this.dir = dir;
        try {
            Files.writeString(dir.resolve("Dockerfile"), "FROM node:18\nCMD [\"node\", \"server.js\"]\n");
            Files.writeString(dir.resolve("Dockerfile.optimized"),
                    "FROM " + OPTIMIZED_BASE + "\nUSER node\nCMD [\"node\", \"server.js\"]\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = new ServiceUnderTest("api", dir, dir.resolve("Dockerfile"), dir.resolve("Dockerfile.optimized"),
                ServiceRuntime.none("api"), null);
    }

    /** Both variants have a HEALTHCHECK the engine reports healthy unless a test scripts otherwise. */
    static FakeDockerEngine healthy(FakeDockerEngine engine) {
        return engine.image(text -> true, WITH_HEALTHCHECK, 80_000_000L)
                .container(text -> true, new FakeDockerEngine.ContainerScript().health("healthy"));
    }

    /** A whole run as {@code slimline verify} does it: the cleanup closed when the run ends, however it ends. */
    VerifyReport verify(FakeDockerEngine engine) {
        try (RunCleanup cleanup = new RunCleanup(engine, label, false)) {
            return verifier(engine, false, cleanup).verify("project", List.of(service), List.of());
        }
    }

    /** A whole run with other settings than {@link #PROBE_TIMEOUT} and the rest of the defaults. */
    VerifyReport verify(FakeDockerEngine engine, VerifySettings settings) {
        try (RunCleanup cleanup = new RunCleanup(engine, label, false)) {
            return new Verifier(engine, settings, Progress.silent(), label, cleanup, dir.resolve("work"))
                    .verify("project", List.of(service), List.of());
        }
    }

    /** A whole run over several services (e.g. {@link #service} and {@link #secondService}). */
    VerifyReport verify(FakeDockerEngine engine, List<ServiceUnderTest> services) {
        try (RunCleanup cleanup = new RunCleanup(engine, label, false)) {
            return verifier(engine, false, cleanup).verify("project", services, List.of());
        }
    }

    /** A second service, {@code worker}: python:3.11 original, python:3.11-slim optimized, in a folder of its own. */
    ServiceUnderTest secondService() {
        Path worker = dir.resolve("worker");
        try {
            Files.createDirectories(worker);
            Files.writeString(worker.resolve("Dockerfile"), "FROM python:3.11\nCMD [\"python\", \"worker.py\"]\n");
            Files.writeString(worker.resolve("Dockerfile.optimized"),
                    "FROM python:3.11-slim\nUSER 1001\nCMD [\"python\", \"worker.py\"]\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceUnderTest("worker", worker, worker.resolve("Dockerfile"), worker.resolve("Dockerfile.optimized"),
                ServiceRuntime.none("worker"), null);
    }

    /** A run with {@code --keep}: both images and both variants' containers are left for a cleanup test. */
    void verifyKeeping(FakeDockerEngine engine) {
        try (RunCleanup cleanup = new RunCleanup(engine, label, true)) {
            verifier(engine, true, cleanup).verify("project", List.of(service), List.of());
        }
    }

    private Verifier verifier(FakeDockerEngine engine, boolean keep, RunCleanup cleanup) {
        VerifySettings settings = new VerifySettings(Duration.ofMinutes(1), PROBE_TIMEOUT, ImpactSettings.defaults(),
                keep, null);
        return new Verifier(engine, settings, Progress.silent(), label, cleanup, dir.resolve("work"));
    }

    /** Builds {@code dockerfile} in {@code dir} and runs one container of it, as the probes and inspections meet it. */
    static String runContainer(FakeDockerEngine engine, Path dir, String dockerfile) {
        String tag = "fake-probe:1";
        try {
            Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        engine.build(BuildRequest.of(dir, tag));
        return engine.run(RunRequest.detached(tag).withLabels(Map.of(ContainerLabels.IMAGE, tag)));
    }

    String tag(Variant variant) {
        return label.imageTag(service.name(), variant);
    }

    void assertNothingLeft(FakeDockerEngine engine) {
        assertThat(engine.imageTags()).isEmpty();
        assertThat(engine.containerIds()).isEmpty();
        assertThat(new EngineJanitor(engine).count(label.filter()))
                .containsEntry(EngineObject.CONTAINER, 0).containsEntry(EngineObject.IMAGE, 0);
    }
}
