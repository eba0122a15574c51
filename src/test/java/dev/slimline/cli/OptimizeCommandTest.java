package dev.slimline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class OptimizeCommandTest {

    private static final String WORKER = """
            FROM python:3.11
            RUN apt-get update && apt-get install -y gcc
            WORKDIR /app
            COPY . .
            RUN pip install -r requirements.txt
            CMD celery -A tasks worker
            """;

    private static Path service(Path dir) throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), WORKER);
        Files.writeString(dir.resolve("requirements.txt"), "celery==5.2.6\n");
        return dir;
    }

    @Test
    void printsTheStoryBlockAndADiffWithoutTouchingFiles(@TempDir Path dir) throws IOException {
        CliHarness.Result result = CliHarness.run("optimize", service(dir).toString(), "--base-family", "slim");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Before: python:3.11 (~").contains("running as root")
                .contains("After:  python:3.11-slim (~").contains("non-root user 1001:1001, health check")
                .contains("Savings: ~").contains("Key changes:").contains("\u2713 Multi-stage build separates compilation from runtime")
                .contains("\u2713 HEALTHCHECK pings the Celery worker").contains("--- a/Dockerfile").contains("+FROM python:3.11-slim");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(WORKER);
        assertThat(dir.resolve(".dockerignore")).doesNotExist();
    }

    @Test
    void writeKeepsTheOriginalAndNeverOverwritesABackup(@TempDir Path dir) throws IOException {
        service(dir);
        CliHarness.Result first = CliHarness.run("optimize", dir.toString(), "--write", "--no-diff", "--no-verify");
        assertThat(first.exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("Dockerfile.orig"))).isEqualTo(WORKER);
        assertThat(Files.readString(dir.resolve("Dockerfile"))).contains("AS build").contains("USER 1001:1001");
        assertThat(Files.readString(dir.resolve(".dockerignore"))).contains("__pycache__");

        Files.writeString(dir.resolve("Dockerfile"), WORKER);
        CliHarness.Result second = CliHarness.run("optimize", dir.toString(), "--write", "--no-verify");
        assertThat(second.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(second.err()).contains("Dockerfile.orig").contains("--no-backup");
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(WORKER);
    }

    @Test
    void outWritesElsewhereAndASecondRunChangesNothing(@TempDir Path dir, @TempDir Path out) throws IOException {
        service(dir);
        assertThat(CliHarness.run("optimize", dir.toString(), "--out", out.toString(), "--no-verify").exitCode()).isZero();
        assertThat(Files.readString(dir.resolve("Dockerfile"))).isEqualTo(WORKER);
        String optimized = Files.readString(out.resolve("Dockerfile"));
        Files.writeString(dir.resolve("Dockerfile"), optimized);
        Files.writeString(dir.resolve(".dockerignore"), Files.readString(out.resolve(".dockerignore")));
        CliHarness.Result again = CliHarness.run("optimize", dir.toString());
        assertThat(again.out()).startsWith("No changes:");
    }

    @Test
    void allOptimizesEveryServiceOfTheExampleMonorepo() {
        CliHarness.Result result = CliHarness.run("optimize", "--all", "examples/monorepo", "--no-diff", "--base-family", "slim");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("services/api (node template)").contains("services/web-app (node template)")
                .contains("services/worker (python template)");
    }

    @Test
    void userErrorsAreOneLineWithAnExitCode(@TempDir Path dir) {
        CliHarness.Result missing = CliHarness.run("optimize", dir.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err().lines()).hasSize(1);
        CliHarness.Result family = CliHarness.run("optimize", dir.toString(), "--base-family", "tiny");
        assertThat(family.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
