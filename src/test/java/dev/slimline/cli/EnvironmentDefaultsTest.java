package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EnvironmentDefaultsTest {

    private static final String DOCKERFILE = "src/test/resources/fixtures/optimize/go-stdlib/Dockerfile";

    @Test
    void aCommandsOwnVariableBeatsTheGeneralOneAndTheCommandLineBeatsBoth() {
        Map<String, String> env = Map.of("SLIMLINE_FORMAT", "markdown", "SLIMLINE_AUDIT_FORMAT", "json");

        assertThat(run(env, "audit", DOCKERFILE)).startsWith("{");
        assertThat(run(Map.of("SLIMLINE_FORMAT", "markdown"), "audit", DOCKERFILE)).startsWith("#");
        assertThat(run(env, "audit", DOCKERFILE, "--format", "table")).doesNotStartWith("{").doesNotStartWith("#");
    }

    @Test
    void aThresholdFromTheEnvironmentGatesLikeTheOption() {
        assertThat(exit(Map.of("SLIMLINE_FAIL_ON", "low"), "audit", DOCKERFILE)).isEqualTo(ExitCodes.FINDINGS);
        assertThat(exit(Map.of(), "audit", DOCKERFILE)).isEqualTo(ExitCodes.OK);
    }

    @Test
    void helpOptionsAndOtherVariablesAreLeftAlone() {
        Map<String, String> env = Map.of("SLIMLINE_VERSION", "0.1.0", "SLIMLINE_HELP", "true", "SLIMLINE_JAVA_OPTS", "-Xmx1g");
        assertThat(exit(env, "audit", DOCKERFILE)).isEqualTo(ExitCodes.OK);
    }

    @Test
    void namesAreUpperCaseWithUnderscores() {
        assertThat(EnvironmentDefaults.key("--fail-on")).isEqualTo("FAIL_ON");
        assertThat(EnvironmentDefaults.key("db update")).isEqualTo("DB_UPDATE");
    }

    private static String run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.newCommandLine(env);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        commandLine.execute(args);
        return out.toString();
    }

    private static int exit(Map<String, String> env, String... args) {
        CommandLine commandLine = Main.newCommandLine(env);
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(args);
    }
}
