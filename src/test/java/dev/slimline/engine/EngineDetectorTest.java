package dev.slimline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which client, builder and compose the detector picks, given what the fake machine's programs answer. */
class EngineDetectorTest {

    private static final String NEW_CLIENT = "/usr/local/bin/docker";
    private static final String DEBIAN_CLIENT = "/usr/bin/docker";
    private static final String INFO = "{\"ServerVersion\":\"20.10.24+dfsg1\",\"Driver\":\"overlay2\"}";
    private static final ProcessResult NOT_A_COMMAND = ProcessResult.failed(1, "docker: unknown command: docker buildx");
    private static final ProcessResult BUILDX_MISSING = ProcessResult.failed(1,
            "ERROR: BuildKit is enabled but the buildx component is missing or broken.");

    private final FakeProcessRunner runner = new FakeProcessRunner();

    private CliDockerEngine detect(Map<String, String> env, Map<String, List<Path>> onPath, Optional<Path> chosen) {
        ExecutableLocator locator = name -> onPath.getOrDefault(name, List.of());
        return new EngineDetector(runner, env, locator, EngineTimeouts.defaults()).detect(chosen);
    }

    private CliDockerEngine detect(Map<String, List<Path>> onPath) {
        return detect(Map.of(), onPath, Optional.empty());
    }

    /** A 28.x client without buildx, first on PATH, as on the testbed. */
    private void newClientWithoutBuildx() {
        runner.answer(NEW_CLIENT + " buildx", NOT_A_COMMAND).answer(NEW_CLIENT + " build --help", BUILDX_MISSING)
                .answer(NEW_CLIENT + " compose", ProcessResult.failed(1, "docker: unknown command: docker compose"))
                .answer(NEW_CLIENT + " info", ProcessResult.ok(INFO));
    }

    /** Debian's 20.10 client: no buildx plugin, BuildKit built in. */
    private void debianClient() {
        runner.answer(DEBIAN_CLIENT + " buildx", NOT_A_COMMAND)
                .answer(DEBIAN_CLIENT + " build --help", ProcessResult.ok("Usage:  docker build [OPTIONS] PATH"))
                .answer(DEBIAN_CLIENT + " compose", ProcessResult.failed(1, "docker: 'compose' is not a docker command."))
                .answer(DEBIAN_CLIENT + " info", ProcessResult.ok(INFO));
    }

    @Test
    void buildxPluginMakesTheFirstClientTheChoice() {
        runner.answer(NEW_CLIENT + " buildx version", ProcessResult.ok("github.com/docker/buildx v0.24.0"))
                .answer(NEW_CLIENT + " info", ProcessResult.ok(INFO))
                .answer(NEW_CLIENT + " compose version", ProcessResult.ok("Docker Compose version v2.36.2"));

        EngineSetup setup = detect(Map.of("docker", List.of(Path.of(NEW_CLIENT), Path.of(DEBIAN_CLIENT)))).setup();

        assertThat(setup).isEqualTo(new EngineSetup(Path.of(NEW_CLIENT), Builder.BUILDX, ComposeFlavour.V2_PLUGIN,
                null, ""));
        assertThat(runner.argvs()).noneMatch(argv -> argv.get(0).equals(DEBIAN_CLIENT));
    }

    @Test
    void newClientWithoutBuildxGivesWayToDebiansClientWithBuildKit() {
        newClientWithoutBuildx();
        debianClient();

        EngineSetup setup = detect(Map.of("docker", List.of(Path.of(NEW_CLIENT), Path.of(DEBIAN_CLIENT)),
                "docker-compose", List.of(Path.of("/usr/bin/docker-compose")))).setup();

        assertThat(setup).isEqualTo(new EngineSetup(Path.of(DEBIAN_CLIENT), Builder.BUILDKIT,
                ComposeFlavour.V1_BINARY, Path.of("/usr/bin/docker-compose"), ""));
        ProcessSpec buildKitProbe = runner.calls().stream()
                .filter(call -> call.argv().equals(List.of(NEW_CLIENT, "build", "--help"))).findFirst().orElseThrow();
        assertThat(buildKitProbe.env()).containsEntry("DOCKER_BUILDKIT", "1");
        assertThat(runner.argvs()).contains(List.of(DEBIAN_CLIENT, "info", "--format", "{{json .}}"));
    }

    @Test
    void onlyALegacyClientMeansTheLegacyBuilder() {
        newClientWithoutBuildx();

        EngineSetup setup = detect(Map.of("docker", List.of(Path.of(NEW_CLIENT)))).setup();

        assertThat(setup.client()).isEqualTo(Path.of(NEW_CLIENT));
        assertThat(setup.builder()).isEqualTo(Builder.LEGACY);
        assertThat(setup.compose()).isEqualTo(ComposeFlavour.NONE);
    }

    @Test
    void whenNoClientCanUseBuildKitTheFirstOneIsKept() {
        newClientWithoutBuildx();
        runner.answer(DEBIAN_CLIENT + " buildx", NOT_A_COMMAND).answer(DEBIAN_CLIENT + " build --help", BUILDX_MISSING);

        EngineSetup setup = detect(Map.of("docker", List.of(Path.of(NEW_CLIENT), Path.of(DEBIAN_CLIENT)))).setup();

        assertThat(setup.client()).isEqualTo(Path.of(NEW_CLIENT));
        assertThat(setup.builder()).isEqualTo(Builder.LEGACY);
    }

    @Test
    void aChosenClientIsUsedEvenIfABetterOneIsOnPath() {
        newClientWithoutBuildx();
        debianClient();

        EngineSetup setup = detect(Map.of(), Map.of("docker", List.of(Path.of(DEBIAN_CLIENT))),
                Optional.of(Path.of(NEW_CLIENT))).setup();

        assertThat(setup.client()).isEqualTo(Path.of(NEW_CLIENT));
        assertThat(setup.builder()).isEqualTo(Builder.LEGACY);
        assertThat(runner.argvs()).noneMatch(argv -> argv.get(0).equals(DEBIAN_CLIENT));
    }

    @Test
    void environmentVariableChoosesTheClientWhenNoOptionIsGiven() {
        newClientWithoutBuildx();
        debianClient();
        Map<String, String> env = Map.of(EngineDetector.CLIENT_VARIABLE, NEW_CLIENT, "DOCKER_HOST", "tcp://127.0.0.1:2375");

        EngineSetup fromVariable = detect(env, Map.of("docker", List.of(Path.of(DEBIAN_CLIENT))), Optional.empty())
                .setup();
        EngineSetup optionWins = detect(env, Map.of(), Optional.of(Path.of(DEBIAN_CLIENT))).setup();

        assertThat(fromVariable.client()).isEqualTo(Path.of(NEW_CLIENT));
        assertThat(fromVariable.dockerHost()).isEqualTo("tcp://127.0.0.1:2375");
        assertThat(optionWins.client()).isEqualTo(Path.of(DEBIAN_CLIENT));
        assertThat(optionWins.builder()).isEqualTo(Builder.BUILDKIT);
    }

    @Test
    void dockerBuildKitZeroInTheEnvironmentAsksForTheLegacyBuilder() {
        debianClient();

        EngineSetup setup = detect(Map.of("DOCKER_BUILDKIT", "0"), Map.of("docker", List.of(Path.of(DEBIAN_CLIENT))),
                Optional.empty()).setup();

        assertThat(setup.builder()).isEqualTo(Builder.LEGACY);
        assertThat(runner.argvs()).noneMatch(argv -> argv.contains("buildx") || argv.contains("--help"));
    }

    @Test
    void dockerHostIsPassedThroughNotSetByUs() {
        debianClient();

        detect(Map.of("DOCKER_HOST", "unix:///run/user/1000/docker.sock"),
                Map.of("docker", List.of(Path.of(DEBIAN_CLIENT))), Optional.empty());

        assertThat(runner.calls()).allSatisfy(call -> assertThat(call.env()).doesNotContainKey("DOCKER_HOST"));
    }

    @Test
    void noClientAnywhereSaysWhereItLookedAndWhatToDo() {
        assertThatThrownBy(() -> detect(Map.of("PATH", "/usr/local/bin:/usr/bin"), Map.of(), Optional.empty()))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessage("no docker client found on PATH (/usr/local/bin:/usr/bin); install one (Debian: apt-get"
                        + " install docker.io), run `bash testbed/setup.sh`, or name one with --docker PATH or"
                        + " SLIMLINE_DOCKER");
    }

    @Test
    void noEngineIsOneLineNamingClientAndDockerHostAndHowToStartOne() {
        debianClient();
        // Debian's client prints the JSON with the reason in ServerErrors and exits 0.
        runner.answer(DEBIAN_CLIENT + " info", ProcessResult.ok("{\"ServerErrors\":[\"Cannot connect to the Docker"
                + " daemon at unix:///tmp/none.sock. Is the docker daemon running?\"]}"));

        assertThatThrownBy(() -> detect(Map.of("DOCKER_HOST", "unix:///tmp/none.sock"),
                Map.of("docker", List.of(Path.of(DEBIAN_CLIENT))), Optional.empty()))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessage("no Docker engine reachable (tried client /usr/bin/docker, DOCKER_HOST=unix:///tmp/none.sock):"
                        + " Cannot connect to the Docker daemon at unix:///tmp/none.sock. Is the docker daemon running?;"
                        + " start it with `dockerd &` (as root) or `bash testbed/setup.sh`")
                .extracting(Throwable::getMessage).matches(message -> !message.contains("\n"));
        assertThat(runner.argvs()).noneMatch(argv -> argv.contains("compose"));
    }

    @Test
    void newClientReportsNoEngineThroughItsExitCode() {
        newClientWithoutBuildx();
        runner.answer(NEW_CLIENT + " info", new ProcessResult(1, "{\"ID\":\"\",\"ServerVersion\":\"\"}",
                "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n",
                false));

        assertThatThrownBy(() -> detect(Map.of("docker", List.of(Path.of(NEW_CLIENT)))))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageStartingWith("no Docker engine reachable (tried client /usr/local/bin/docker, DOCKER_HOST unset")
                .hasMessageEndingWith("`bash testbed/setup.sh`");
    }

    @Test
    void aChosenClientThatDoesNotExistIsNamed() {
        runner.missing("/opt/nothing/docker");

        assertThatThrownBy(() -> detect(Map.of(), Map.of(), Optional.of(Path.of("/opt/nothing/docker"))))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageStartingWith("cannot run the docker client /opt/nothing/docker (")
                .hasMessageEndingWith("choose one with --docker PATH or SLIMLINE_DOCKER");
    }
}
