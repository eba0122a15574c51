package dev.slimline.gate;

import static dev.slimline.engine.FakeDockerEngine.containing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import dev.slimline.config.BudgetSpec;
import dev.slimline.config.SlimlineConfig;
import dev.slimline.engine.FakeDockerEngine;
import dev.slimline.engine.ImageNotFoundException;
import dev.slimline.project.DockerfileService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GateRunner}'s failure paths on a {@link FakeDockerEngine}: what it reports and which engine calls it made. */
class GateRunnerTest {

    @TempDir
    Path root;

    private DockerfileService api;
    private DockerfileService worker;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void writeServices() throws IOException {
        api = service("api", "FROM node:18\nCMD [\"node\", \"server.js\"]\n");
        worker = service("worker", "FROM python:3.11-slim\nCMD [\"python\", \"worker.py\"]\n");
    }

    private DockerfileService service(String name, String dockerfile) throws IOException {
        Path dir = Files.createDirectories(root.resolve("services").resolve(name));
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);
        return new DockerfileService("services/" + name, dir.resolve("Dockerfile"), dir, Optional.empty());
    }

    private GateResult run(FakeDockerEngine engine, Map<String, String> images, SlimlineConfig config) {
        GateRunner runner = new GateRunner(engine, new ImageFiguresMeasurer(engine, Optional.empty(), LocalDate.of(2026, 1, 1)),
                new GateRunner.Options(images, null, null), progress::add);
        return runner.run(root, root, config, List.of(api, worker), new Baseline(Map.of()));
    }

    private static SlimlineConfig maxSize(long bytes) {
        BudgetSpec budget = new BudgetSpec(GateFixtures.set(bytes, 3), Optional.empty(), Optional.empty(),
                Optional.empty(), BudgetSpec.VulnerabilityPolicy.none());
        return new SlimlineConfig(Optional.of(GateFixtures.CONFIG), Set.of(), Map.of(), Optional.empty(), budget,
                Map.of());
    }

    @Test
    void aFailedBuildStopsTheGateWithTheServiceAndItsDockerfile() {
        FakeDockerEngine engine = new FakeDockerEngine().failBuilds(containing("node:18"),
                "npm ERR! code ENOTFOUND");

        assertThatThrownBy(() -> run(engine, Map.of(), maxSize(500_000_000L)))
                .isInstanceOfSatisfying(SlimlineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SlimlineException.Kind.UNAVAILABLE);
                    assertThat(e.getMessage()).startsWith("services/api: docker build failed")
                            .contains("npm ERR! code ENOTFOUND");
                    assertThat(e.oneLine()).contains(api.dockerfile().toString());
                });
        assertThat(engine.calls("build")).containsExactly(GateRunner.tagFor("services/api"));
        assertThat(engine.calls("imageInspect")).isEmpty();
        assertThat(engine.calls("save")).isEmpty();
    }

    @Test
    void anInspectThatFailsAfterTheBuildStopsTheGateBeforeSaving() {
        String tag = GateRunner.tagFor("services/api");
        FakeDockerEngine engine = new FakeDockerEngine().failCall("imageInspect", tag);

        assertThatThrownBy(() -> run(engine, Map.of(), maxSize(500_000_000L)))
                .isInstanceOfSatisfying(SlimlineException.class,
                        e -> assertThat(e.kind()).isEqualTo(SlimlineException.Kind.UNAVAILABLE))
                .hasMessageContaining("imageInspect " + tag);
        assertThat(engine.calls("build")).containsExactly(tag);
        assertThat(engine.calls("save")).isEmpty();
    }

    @Test
    void anImageTheUserNamedThatTheEngineLacksIsReportedByNameAndNothingIsBuiltForIt() {
        FakeDockerEngine engine = new FakeDockerEngine();

        assertThatThrownBy(() -> run(engine, Map.of("api", "registry.example/api:missing"), maxSize(500_000_000L)))
                .isInstanceOf(ImageNotFoundException.class)
                .hasMessage("image registry.example/api:missing not found in the engine");
        assertThat(engine.calls("build")).isEmpty();
        assertThat(engine.calls("imageInspect")).containsExactly("registry.example/api:missing");
    }

    @Test
    void anImageOverItsSizeBudgetFailsThatServiceOnlyAndTheGateGoesOn() {
        FakeDockerEngine engine = new FakeDockerEngine()
                .image(containing("node:18"), FakeDockerEngine.config("", Set.of(), Optional.empty(), List.of()),
                        300_000_000L)
                .image(containing("python"), FakeDockerEngine.config("", Set.of(), Optional.empty(), List.of()),
                        90_000_000L);

        GateResult result = run(engine, Map.of(), maxSize(100_000_000L));

        assertThat(result.passed()).isFalse();
        ServiceVerdict apiVerdict = result.services().get(0);
        assertThat(apiVerdict.service()).isEqualTo("services/api");
        assertThat(apiVerdict.dockerfile()).isEqualTo("services/api/Dockerfile");
        assertThat(apiVerdict.failures()).singleElement().satisfies(check -> {
            assertThat(check.kind()).isEqualTo(CheckKind.SIZE);
            assertThat(check.setAt()).contains(new dev.slimline.SourceLocation(GateFixtures.CONFIG, 3, 5));
        });
        assertThat(result.services().get(1).passed()).isTrue();
        assertThat(engine.calls("build")).containsExactly(GateRunner.tagFor("services/api"),
                GateRunner.tagFor("services/worker"));
        assertThat(engine.calls("save")).containsExactly(GateRunner.tagFor("services/api"),
                GateRunner.tagFor("services/worker"));
    }
}
