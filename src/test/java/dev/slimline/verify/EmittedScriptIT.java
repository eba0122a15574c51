package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.cli.CliHarness;
import dev.slimline.engine.TestEngines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code slimline verify --emit DIR} for the example monorepo, then the emitted bash script itself run on the
 * testbed: it builds, runs with compose, checks, prints the story's block, exits 0 and removes what it made.
 */
class EmittedScriptIT {

    @Test
    void emittedScriptVerifiesTheMonorepoWithPlainDockerAndCompose() throws Exception {
        Path dir = Path.of("target/verify-it/emitted").toAbsolutePath();
        CliHarness.Result emitted = CliHarness.run("verify", "examples/monorepo", "--emit", dir.toString(), "--force",
                "--optimized", "api=" + VerifyMonorepoIT.OPTIMIZED.resolve("api.Dockerfile"),
                "--optimized", "worker=" + VerifyMonorepoIT.OPTIMIZED.resolve("worker.Dockerfile"),
                "--optimized", "web-app=" + VerifyMonorepoIT.OPTIMIZED.resolve("web-app.Dockerfile"));
        assertThat(emitted.exitCode()).as(emitted.err()).isZero();
        assertThat(emitted.out()).contains("scripts/verify-docker-optimization.sh", "docker-compose.verify.yml");

        VerifyEngineObjects objects = new VerifyEngineObjects();
        ProcessBuilder builder = new ProcessBuilder("bash", "scripts/verify-docker-optimization.sh")
                .directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("DOCKER", TestEngines.real().setup().client().toString());
        builder.environment().put("PROBE_TIMEOUT", "120");
        builder.environment().put("VERIFY_RUN_ID", objects.runId());
        Path log = dir.resolve("run.log");
        builder.redirectOutput(log.toFile());
        Process script = builder.start();
        boolean ended = script.waitFor(30, TimeUnit.MINUTES);
        if (!ended) {
            script.destroy();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(ended).as("script ended within 30 minutes:\n" + output).isTrue();
        assertThat(script.exitValue()).as(output).isZero();
        assertThat(output).contains("Building optimized images...", "Health checks:", "Security checks:",
                "Size comparison:", "All checks passed.");
        assertThat(output).containsPattern("✓ services/api built in \\d+s \\(\\d+ MB\\)");
        assertThat(output).contains("✓ api: GET /health -> 200 OK", "✓ worker: celery -A tasks inspect ping",
                "✓ api: running as uid=1000 (node)", "✓ worker: running as uid=1001 (appuser)",
                "✓ No gcc/g++/cc/clang/make found in any production image", "✓ No pip/npm/yarn/apt cache");
        assertThat(output).containsPattern("Saved: [0-9.]+ [GM]B \\(\\d+%\\)");
        assertThat(output).doesNotContain("✗");
        assertThat(objects.count()).as("the script removed what it made").isEqualTo(VerifyEngineObjects.none());
    }
}
