package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void unknownProviderIsAUsageError() {
        CliHarness.Result result = CliHarness.run("ci", "init", "--provider", "jenkins", EXAMPLE);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("jenkins");
    }
}
