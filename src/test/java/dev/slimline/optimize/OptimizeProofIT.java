package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.audit.MeasuredOptimization;
import dev.slimline.cli.CliHarness;
import dev.slimline.cli.ExitCodes;
import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineCleanupExtension;
import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import dev.slimline.engine.PortMapping;
import dev.slimline.engine.RunRequest;
import dev.slimline.engine.TestEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof before write on the real engine, with two small Node apps on the testbed's node:18 stand-ins. Asked for
 * alpine, the first candidate is node:18-alpine, which cannot be built here (no Alpine images): the proof must fall back to slim and
 * write a file that builds and answers. An app that only works as root makes every candidate fail: nothing may be
 * written, the evidence must be printed and the exit code must say so.
 */
@ExtendWith(EngineCleanupExtension.class)
class OptimizeProofIT {

    private static final Path APPS = Path.of("src/test/resources/proof");

    @Test
    void anUnbuildableCandidateFallsBackToTheNextFamilyAndTheWrittenFileBuildsAndRuns(@TempDir Path work,
            TestLabel label) throws IOException {
        DockerEngine engine = TestEngines.real();
        TestEngines.requireImage("node:18", Duration.ofMinutes(5));
        TestEngines.requireImage("node:18-slim", Duration.ofMinutes(5));
        ContainerProbes.copyTree(APPS.resolve("node-fallback"), work);

        CliHarness.Result optimize = CliHarness.run("optimize", work.toString(), "--write", "--no-diff", "--base-family", "alpine");

        assertThat(optimize.exitCode()).as(optimize.out() + optimize.err()).isZero();
        assertThat(optimize.out().lines().findFirst().orElseThrow())
                .contains("verified on the engine: candidate 2 of 3, slim (node:18-slim), passed")
                .contains("measured");
        assertThat(optimize.out()).contains("✗ 1. alpine (node:18-alpine): dropped: build failed")
                .contains("| ").contains("18-alpine") // the build's own words about the missing image
                .contains("optimized health: GET /health → 200");
        String written = Files.readString(work.resolve("Dockerfile"));
        assertThat(written).contains("node:18-slim").doesNotContain("alpine");
        MeasuredOptimization measured = MeasuredOptimization.current(work.resolve("Dockerfile")).orElseThrow();
        assertThat(measured.optimizedBytes()).isPositive().isLessThan(measured.originalBytes());

        // the claim is about the written file: build it as a user would and ask it
        String tag = label.tag("proof-fallback");
        engine.build(BuildRequest.of(work, tag).withLabels(label.asMap()).withTimeout(Duration.ofMinutes(10)));
        String id = engine.run(RunRequest.detached(tag).withName(label.name("proof-fallback"))
                .withPorts(List.of(PortMapping.anyLoopbackPort(3000))).withLabels(label.asMap()));
        int port = engine.inspectContainer(id).publishedPorts().get("3000/tcp");
        assertThat(ContainerProbes.awaitHttpOk(port, "/health", Duration.ofSeconds(60))).isEqualTo(200);
        assertThat(engine.imageInspect(tag).sizeBytes()).isEqualTo(measured.optimizedBytes());
    }

    @Test
    void whenNoCandidatePassesNothingIsWrittenTheEvidenceIsPrintedAndTheExitCodeSaysSo(@TempDir Path work)
            throws IOException {
        TestEngines.requireImage("node:18", Duration.ofMinutes(5));
        ContainerProbes.copyTree(APPS.resolve("node-root-only"), work);
        String original = Files.readString(work.resolve("Dockerfile"));

        CliHarness.Result optimize = CliHarness.run("optimize", work.toString(), "--write", "--no-diff", "--base-family", "alpine");

        assertThat(optimize.exitCode()).as(optimize.out() + optimize.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(optimize.out().lines().findFirst().orElseThrow())
                .contains("not written: no candidate passed on the engine (3 of 3 tried");
        assertThat(optimize.out()).contains("✗ 1. alpine (node:18-alpine): dropped: build failed")
                // the reasons list every failed check ("port 3000 is not published; container exited (code 1)")
                .containsPattern("✗ 2\\. slim \\(node:18-slim\\): dropped: [^\\n]*container exited \\(code 1\\)")
                .containsPattern("✗ 3\\. safe recipes only \\(node:18\\): dropped: [^\\n]*container exited \\(code 1\\)")
                .contains("code: 'EACCES'").contains("/var/lib/ledger")
                .doesNotContain("Wrote ");
        assertThat(Files.readString(work.resolve("Dockerfile"))).isEqualTo(original);
        assertThat(work.resolve("Dockerfile.orig")).doesNotExist();
        assertThat(work.resolve(".dockerignore")).doesNotExist();
        assertThat(MeasuredOptimization.fileFor(work.resolve("Dockerfile"))).doesNotExist();
    }
}
