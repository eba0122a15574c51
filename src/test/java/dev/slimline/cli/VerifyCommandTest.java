package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verify command's user errors and --emit, which need no engine. */
class VerifyCommandTest {

    private static final String OPTIMIZED = "src/test/resources/verify/monorepo/";

    @Test
    void originalNeedsExactlyOneOptimizedFile() {
        CliHarness.Result result = CliHarness.run("verify", "--original", "examples/monorepo/services/api/Dockerfile");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("--original FILE needs exactly one --optimized FILE").doesNotContain("at dev.");
    }

    @Test
    void optimizedForADirectoryNeedsAServiceName() {
        CliHarness.Result result = CliHarness.run("verify", "examples/monorepo", "--optimized", OPTIMIZED + "api.Dockerfile");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("write SERVICE=FILE");
    }

    @Test
    void missingOptimizedFileNamesTheFile() {
        CliHarness.Result result = CliHarness.run("verify", "examples/monorepo", "--optimized", "api=nope.Dockerfile");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("nope.Dockerfile").contains("no such file");
    }

    @Test
    void nonPositiveBandwidthAndBadDurationsAreRejected() {
        assertThat(CliHarness.run("verify", "examples/monorepo", "--network-mbps", "0").exitCode())
                .isEqualTo(ExitCodes.BAD_INPUT);
        CliHarness.Result duration = CliHarness.run("verify", "examples/monorepo", "--probe-timeout", "soon");
        assertThat(duration.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(duration.err()).contains("'soon' is not a duration");
    }

    @Test
    void unknownServiceIsBadInputWithTheServicesFound() {
        CliHarness.Result result = CliHarness.run("verify", "examples/monorepo", "nope");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("nope: no such service (have [", "services/api", "services/worker");
    }

    @Test
    void emitWritesTheScriptAndComposeFileWithoutAnEngine(@TempDir Path dir) throws Exception {
        CliHarness.Result result = CliHarness.run("verify", "examples/monorepo", "--emit", dir.toString(),
                "--optimized", "api=" + OPTIMIZED + "api.Dockerfile", "--optimized", "worker=" + OPTIMIZED + "worker.Dockerfile",
                "--optimized", "web-app=" + OPTIMIZED + "web-app.Dockerfile", "--docker", "/nonexistent/docker");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(dir.resolve("scripts/verify-docker-optimization.sh"))).startsWith("#!/usr/bin/env bash");
        assertThat(Files.readString(dir.resolve("docker-compose.verify.yml"))).contains("redis:7");
    }

    @Test
    void durationForms() {
        DurationConverter converter = new DurationConverter();
        assertThat(converter.convert("90")).hasSeconds(90);
        assertThat(converter.convert("90s")).hasSeconds(90);
        assertThat(converter.convert("5m")).hasMinutes(5);
        assertThat(converter.convert("1h")).hasHours(1);
        assertThat(converter.convert("PT2M")).hasMinutes(2);
        assertThat(converter.convert("1500ms")).hasMillis(1500);
    }
}
