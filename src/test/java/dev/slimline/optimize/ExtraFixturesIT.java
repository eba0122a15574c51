package dev.slimline.optimize;

import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineCleanupExtension;
import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import dev.slimline.engine.ExecResult;
import dev.slimline.engine.TestEngines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small real apps beyond the example monorepo (plain JavaScript Node, a Python web app on gunicorn): each bloated
 * Dockerfile is optimized, both images are built, the optimized one is started and probed over HTTP and by its
 * own HEALTHCHECK, runs as a non-root uid and is at least half the size of the original.
 */
@ExtendWith(EngineCleanupExtension.class)
class ExtraFixturesIT {

    private final DockerEngine engine = TestEngines.real();

    @ParameterizedTest
    @CsvSource({"node-plain, 3000, /healthz", "python-gunicorn, 8000, /health"})
    void optimizedFixtureBuildsRunsAndPassesItsProbes(String fixture, int port, String path, TestLabel label) throws Exception {
        FixtureRun run = FixtureRun.optimizeAndBuild(engine, label, fixture, "host", "--base-family", "slim");
        String original = run.original();
        String optimized = run.optimized();
        FixtureRun.Started started = run.start(engine, label, fixture, port);
        String id = started.id();
        int hostPort = started.hostPort();
        assertThat(ContainerProbes.awaitHttpOk(hostPort, path, Duration.ofMinutes(2))).isEqualTo(200);
        assertThat(ContainerProbes.awaitHealth(engine, id, Duration.ofMinutes(3))).isEqualTo("healthy");
        ExecResult uid = engine.exec(id, List.of("id", "-u"));
        assertThat(uid.stdout().trim()).matches("\\d+").isNotEqualTo("0");
        ExecResult tools = engine.exec(id, List.of("sh", "-c", "for t in gcc g++ cc make; do command -v $t; done; true"));
        assertThat(tools.stdout()).isEmpty();

        long before = engine.imageInspect(original).sizeBytes();
        long after = engine.imageInspect(optimized).sizeBytes();
        System.out.printf("%s: original %d bytes, optimized %d bytes%n", fixture, before, after);
        assertThat(after).isLessThan(before / 2);
    }
}
