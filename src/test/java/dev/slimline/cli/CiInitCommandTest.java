package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slimline.ci.WorkflowSteps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiInitCommandTest {

    private static final String EXAMPLE = Path.of(System.getProperty("user.dir"), "examples", "monorepo").toString();

    @Test
    void writesTheWorkflowAndNeverOverwritesWithoutForce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve(".github/workflows/gate.yml");
        CliHarness.Result first = CliHarness.run("ci", "init", "--provider", "github", "--out", out.toString(), EXAMPLE);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("wrote " + out, "3 services");
        assertThat(Files.readString(out)).contains("slimline gate examples/monorepo");

        Files.writeString(out, "# the team's own workflow\n");
        CliHarness.Result again = CliHarness.run("ci", "init", "--provider", "github", "--out", out.toString(), EXAMPLE);
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err().strip()).isEqualTo("slimline: " + out + ": already exists; not overwritten (use --force)");
        assertThat(Files.readString(out)).isEqualTo("# the team's own workflow\n");

        CliHarness.Result forced = CliHarness.run("ci", "init", "--provider", "gitlab", "--out", out.toString(),
                "--force", EXAMPLE);
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(out)).contains("slimline-gate:services/api");
    }

    @Test
    void theWorkflowsPreflightCommandRunsAndExitsZeroWhereSlimlineIs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("gate.yml");
        assertThat(CliHarness.run("ci", "init", "--provider", "github", "--out", out.toString(), EXAMPLE).exitCode())
                .isZero();
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(out.toFile());
        String preflight = WorkflowSteps.step(workflow.path("jobs").path("gate"), "slimline on the runner").path("run")
                .asText();
        assertThat(preflight).contains(" || ");
        String[] argv = preflight.substring(0, preflight.indexOf(" || ")).split(" ");
        assertThat(argv).containsExactly("slimline", "--version");
        CliHarness.Result version = CliHarness.run(Arrays.copyOfRange(argv, 1, argv.length));
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("slimline ");
    }

    @Test
    void unknownProviderIsAUsageError() {
        CliHarness.Result result = CliHarness.run("ci", "init", "--provider", "jenkins", EXAMPLE);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("jenkins");
    }
}
