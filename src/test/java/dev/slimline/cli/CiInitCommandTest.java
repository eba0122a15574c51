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
    private static final String SHA = "0123456789abcdef".repeat(4);

    private static CliHarness.Result init(String... args) {
        String[] argv = new String[args.length + 2];
        argv[0] = "ci";
        argv[1] = "init";
        System.arraycopy(args, 0, argv, 2, args.length);
        return CliHarness.run(argv);
    }

    @Test
    void writesTheWorkflowAndNeverOverwritesWithoutForce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve(".github/workflows/gate.yml");
        CliHarness.Result first = init("--provider", "github", "--out", out.toString(), "--slimline-version", "0.3.1",
                "--sha256", SHA, "--release-url", "https://releases.example.test/v0.3.1", EXAMPLE);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("wrote " + out, "3 services");
        assertThat(Files.readString(out)).contains("gate examples/monorepo --service", "SLIMLINE_SHA256: " + SHA);

        Files.writeString(out, "# the team's own workflow\n");
        CliHarness.Result again = init("--provider", "github", "--out", out.toString(), "--slimline-command",
                "slimline", EXAMPLE);
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.err().strip()).isEqualTo("slimline: " + out + ": already exists; not overwritten (use --force)");
        assertThat(Files.readString(out)).isEqualTo("# the team's own workflow\n");

        CliHarness.Result forced = init("--provider", "gitlab", "--out", out.toString(), "--install", "image",
                "--slimline-version", "0.3.1", "--sha256", SHA, "--release-url", "https://releases.example.test/v0.3.1",
                "--force", EXAMPLE);
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(out)).contains("slimline-gate:services/api");
    }

    @Test
    void theWorkflowsPreflightCommandRunsAndExitsZeroWhereSlimlineIs(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("gate.yml");
        assertThat(init("--provider", "github", "--out", out.toString(), "--slimline-command", "slimline", EXAMPLE).exitCode())
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
    void aWorkflowThatCannotPinTheReleaseIsNotWritten(@TempDir Path dir) {
        Path out = dir.resolve("gate.yml");
        // a development build has no release jar to hash and no release address to name
        CliHarness.Result noUrl = init("--provider", "github", "--out", out.toString(), "--slimline-version", "0.3.1",
                "--sha256", SHA, EXAMPLE);
        assertThat(noUrl.exitCode()).isEqualTo(2);
        assertThat(noUrl.err()).contains("--release-url must be the http(s) address");
        CliHarness.Result actionOnGitlab = init("--provider", "gitlab", "--out", out.toString(), "--install", "action",
                "--action", "acme/slimline", "--slimline-version", "0.3.1", "--sha256", SHA, EXAMPLE);
        assertThat(actionOnGitlab.exitCode()).isEqualTo(2);
        assertThat(actionOnGitlab.err()).contains("--install action is GitHub's");
        CliHarness.Result mixed = init("--provider", "github", "--out", out.toString(), "--install", "jar",
                "--slimline-command", "slimline", EXAMPLE);
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains("--slimline-command goes with --install command");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownProviderIsAUsageError() {
        CliHarness.Result result = CliHarness.run("ci", "init", "--provider", "jenkins", EXAMPLE);
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("jenkins");
    }
}
