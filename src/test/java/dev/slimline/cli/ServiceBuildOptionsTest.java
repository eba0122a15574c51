package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.project.ServiceModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import org.junit.jupiter.api.io.TempDir;

/** {@code -f}, {@code --profile} and the per-service overrides as the commands take them. */
class ServiceBuildOptionsTest {

    private static void project(Path dir) throws Exception {
        for (String name : new String[] {"api", "worker", "admin"}) {
            Files.createDirectories(dir.resolve("services/" + name));
            Files.writeString(dir.resolve("services/" + name + "/Dockerfile"), "FROM debian:bookworm-slim\n");
        }
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  api:\n    build: services/api\n");
        Files.writeString(dir.resolve("compose.tools.yaml"), """
                services:
                  worker:
                    build: services/worker
                  admin:
                    build: services/admin
                    profiles: [ops]
                """);
    }

    @Test
    void composeFileAndProfileChooseWhatTheDefinitionSays(@TempDir Path dir) throws Exception {
        project(dir);
        CliHarness.Result plain = CliHarness.run("audit", dir.toString(), "--format", "json");
        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).contains("\"services/api\"");

        Path tools = dir.resolve("compose.tools.yaml").toAbsolutePath();
        assertThat(read(dir, "-f", tools.toString()).services()).extracting(s -> s.name() + " " + s.origin().isPresent())
                .containsExactly("services/admin false", "services/api false", "services/worker true");
        assertThat(read(dir, "--file", tools.toString(), "--profile", "ops").services())
                .extracting(s -> s.name() + " " + s.origin().isPresent())
                .containsExactly("services/admin true", "services/api false", "services/worker true");
        assertThat(read(dir).services()).extracting(s -> s.name() + " " + s.origin().isPresent())
                .containsExactly("services/admin false", "services/api true", "services/worker false");
        assertThat(read(dir, "--target", "api=production", "--build-arg", "A=1").services().get(1).build())
                .satisfies(build -> assertThat(build.target()).isEqualTo("production"))
                .satisfies(build -> assertThat(build.args()).containsEntry("A", "1"));
    }

    @Command(name = "probe")
    static final class Probe {
        @Mixin
        ServiceBuildOptions options;
    }

    private static ServiceModel read(Path dir, String... args) {
        Probe probe = new Probe();
        new CommandLine(probe).parseArgs(args);
        return probe.options.read(dir);
    }

    @Test
    void anOverrideForAServiceThatIsNotThereIsAUsageErrorBeforeAnyBuild(@TempDir Path dir) throws Exception {
        project(dir);
        CliHarness.Result result = CliHarness.run("audit", dir.toString(), "--build", "--platform", "billing=linux/arm64");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("slimline: --platform billing=linux/arm64: billing: no such service");
    }
}
