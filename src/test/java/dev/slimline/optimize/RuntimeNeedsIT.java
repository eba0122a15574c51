package dev.slimline.optimize;

import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineCleanupExtension;
import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import dev.slimline.engine.ExecResult;
import dev.slimline.engine.TestEngines;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11's failures on the real engine, with default options: tini installed with apt and used as ENTRYPOINT
 * (Python and Node), a requirements file naming a local package (./native), and Node modules installed in a parent
 * of WORKDIR. The original and the rewrite are built; the rewrite starts with tini as PID 1, answers over HTTP, runs
 * as a non-root uid and is smaller than the original.
 */
@ExtendWith(EngineCleanupExtension.class)
class RuntimeNeedsIT {

    private final DockerEngine engine = TestEngines.real();

    @ParameterizedTest
    @CsvSource({"python-tini-localpath, 8000", "node-parent-modules-tini, 3000"})
    void rewriteKeepsWhatRunsAndWhatTheInstallReads(String fixture, int port, TestLabel label) throws Exception {
        FixtureRun run = FixtureRun.optimizeAndBuild(engine, label, fixture, "host");
        String dockerfile = run.dockerfile();
        assertThat(dockerfile).doesNotContain("RUN rm -rf node_modules\nUSER").doesNotContain("<<")
                .doesNotContain("# syntax").contains("tini");
        FixtureRun.Started started = run.start(engine, label, fixture, port);
        assertThat(ContainerProbes.awaitHttpOk(started.hostPort(), "/", Duration.ofMinutes(2))).isEqualTo(200);
        ExecResult init = engine.exec(started.id(), List.of("cat", "/proc/1/cmdline"));
        assertThat(init.stdout()).as("PID 1").startsWith("/usr/bin/tini");
        ExecResult uid = engine.exec(started.id(), List.of("id", "-u"));
        assertThat(uid.stdout().trim()).matches("\\d+").isNotEqualTo("0");

        long before = engine.imageInspect(run.original()).sizeBytes();
        long after = engine.imageInspect(run.optimized()).sizeBytes();
        System.out.printf("%s: original %d bytes, optimized %d bytes%n%s%n", fixture, before, after, dockerfile);
        assertThat(after).isLessThan(before);
    }
}
