package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code slimline gate} rejects before it touches the engine. */
class GateCommandTest {

    private static Path project(Path dir, String config) throws Exception {
        Files.createDirectories(dir.resolve("services/api"));
        Files.writeString(dir.resolve("services/api/Dockerfile"), "FROM debian:bookworm-slim\n");
        Files.writeString(dir.resolve(".slimline.yaml"), config);
        return dir;
    }

    @Test
    void malformedBudgetIsBadInputWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        project(dir, "services:\n  api:\n    maxSize: 200MB\n    minEfficiency: high\n");
        CliHarness.Result result = CliHarness.run("gate", dir.toString());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err().strip()).isEqualTo("slimline: " + dir.resolve(".slimline.yaml")
                + ":4:20: services.api.minEfficiency must be a fraction from 0 to 1 (0.95) or a percentage (95%),"
                + " not the text 'high'");
    }

    @Test
    void unknownServiceIsAUsageError(@TempDir Path dir) throws Exception {
        project(dir, "services:\n  api: {maxSize: 200MB}\n");
        CliHarness.Result result = CliHarness.run("gate", dir.toString(), "--service", "billing");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--service billing: no such service (have [services/api])");
        CliHarness.Result image = CliHarness.run("gate", dir.toString(), "--image", "billing=x:1");
        assertThat(image.exitCode()).isEqualTo(2);
        assertThat(image.err()).contains("--image billing: no such service");
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path dir) throws Exception {
        project(dir, "");
        CliHarness.Result result = CliHarness.run("gate", dir.toString(), "--format", "pdf");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("pdf");
    }

    @Test
    void directoryWithoutDockerfilesIsBadInput(@TempDir Path dir) {
        CliHarness.Result result = CliHarness.run("gate", dir.toString());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("no Dockerfile found");
    }
}
