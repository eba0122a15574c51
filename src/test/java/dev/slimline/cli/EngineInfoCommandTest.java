package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.engine.EngineDetector;
import dev.slimline.engine.EngineTimeouts;
import dev.slimline.engine.FakeProcessRunner;
import dev.slimline.engine.ProcessResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code slimline engine info} with a fake machine: what it prints, and exit 4 with one line when no engine. */
class EngineInfoCommandTest {

    private static final String CLIENT = "/usr/bin/docker";

    private final FakeProcessRunner runner = new FakeProcessRunner()
            .answer(CLIENT + " buildx", ProcessResult.failed(1, "docker: 'buildx' is not a docker command."))
            .answer(CLIENT + " compose", ProcessResult.failed(1, "docker: 'compose' is not a docker command."));

    private CliHarness.Result run(Map<String, String> env, String... args) {
        EngineDetector detector = new EngineDetector(runner, env, name -> switch (name) {
            case "docker" -> List.of(Path.of(CLIENT));
            case "docker-compose" -> List.of(Path.of("/usr/bin/docker-compose"));
            default -> List.of();
        }, EngineTimeouts.defaults());
        CommandLine commandLine = new CommandLine(new EngineInfoCommand(new EngineOptions(detector)));
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliHarness.Result(code, out.toString(), err.toString());
    }

    @Test
    void printsClientServerBuilderAndCompose() {
        runner.answer(CLIENT + " info", ProcessResult.ok("{\"ServerVersion\":\"20.10.24+dfsg1\",\"Driver\":\"overlay2\"}"));

        CliHarness.Result result = run(Map.of());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).isEqualTo("""
                client:          /usr/bin/docker
                docker host:     (the client's context)
                server version:  20.10.24+dfsg1
                storage driver:  overlay2
                builder:         BuildKit (DOCKER_BUILDKIT=1 docker build)
                compose:         v1 (docker-compose)
                """);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void noEngineExitsFourWithOneLineSayingWhatWasTriedAndHowToStartOne() {
        runner.answer(CLIENT + " info", ProcessResult.ok("{\"ServerErrors\":[\"Cannot connect to the Docker daemon at"
                + " unix:///tmp/gone.sock. Is the docker daemon running?\"]}"));

        CliHarness.Result result = run(Map.of("DOCKER_HOST", "unix:///tmp/gone.sock"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).containsExactly("slimline: no Docker engine reachable (tried client"
                + " /usr/bin/docker, DOCKER_HOST=unix:///tmp/gone.sock): Cannot connect to the Docker daemon at"
                + " unix:///tmp/gone.sock. Is the docker daemon running?; start it with `dockerd &` (as root) or"
                + " `bash testbed/setup.sh`");
    }

    @Test
    void dockerOptionChoosesTheClient() {
        String other = "/opt/docker-20/docker";
        runner.answer(other + " info", ProcessResult.ok("{\"ServerVersion\":\"20.10.24\",\"Driver\":\"overlay2\"}"));

        CliHarness.Result result = run(Map.of(), "--docker", other);

        assertThat(result.out()).startsWith("client:          " + other + "\n");
        assertThat(runner.argvs()).allMatch(argv -> argv.get(0).equals(other));
    }

    @Test
    void realCliWithAMissingClientExitsFourOnOneLine() {
        CliHarness.Result result = CliHarness.run("engine", "info", "--docker", "/nonexistent/bin/docker");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.err()).startsWith("slimline: cannot run the docker client /nonexistent/bin/docker (")
                .contains("--docker PATH or SLIMLINE_DOCKER");
    }

    @Test
    void engineWithoutSubcommandIsAUsageError() {
        CliHarness.Result result = CliHarness.run("engine");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("slimline: Missing required subcommand: info");
    }

    @Test
    void rootHelpListsTheEngineCommand() {
        assertThat(CliHarness.run("--help").out()).contains("engine");
        assertThat(CliHarness.run("engine", "info", "--help").out()).contains("--docker=PATH")
                .contains("SLIMLINE_DOCKER");
    }
}
