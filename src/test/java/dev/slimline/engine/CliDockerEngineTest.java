package dev.slimline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact command lines CliDockerEngine runs and how it reads their output, with a fake process runner. */
class CliDockerEngineTest {

    private static final String D = "/usr/bin/docker";
    private static final String IMAGE_ID = "sha256:ab74e6248a3cd44d57d0bed40a65e84df310a39f54a094d92633cb5ea74850ee";

    private final FakeProcessRunner runner = new FakeProcessRunner();

    private CliDockerEngine engine(Builder builder) {
        return new CliDockerEngine(runner, new EngineSetup(Path.of(D), builder, ComposeFlavour.V1_BINARY,
                Path.of("/usr/bin/docker-compose"), ""), EngineTimeouts.defaults());
    }

    private CliDockerEngine engine() {
        return engine(Builder.BUILDKIT);
    }

    private static BuildRequest fullBuild() {
        return BuildRequest.of(Path.of("/repo/api"), "slimline/api:optimized")
                .withDockerfile(Path.of("/repo/api/Dockerfile.slim"))
                .withBuildArgs(Map.of("NODE_ENV", "production", "APP_VERSION", "1.2"))
                .withTarget("runtime").withNetwork("host")
                .withLabels(Map.of("dev.slimline.run", "r1")).withNoCache(true);
    }

    @Test
    void buildWithBuiltInBuildKitSetsTheVariableAndReadsTheIdBack() {
        runner.answer(D + " build", new ProcessResult(0, "", "#1 [internal] load build definition\n#9 DONE 0.1s\n",
                false)).answer(D + " image inspect --format", ProcessResult.ok(IMAGE_ID + "\n"));

        BuildResult result = engine().build(fullBuild());

        assertThat(runner.argvs().get(0)).containsExactly(D, "build", "--progress=plain",
                "--file", "/repo/api/Dockerfile.slim", "--tag", "slimline/api:optimized",
                "--build-arg", "APP_VERSION=1.2", "--build-arg", "NODE_ENV=production",
                "--target", "runtime", "--network", "host", "--label", "dev.slimline.run=r1", "--no-cache",
                "/repo/api");
        assertThat(runner.calls().get(0).env()).containsExactly(Map.entry("DOCKER_BUILDKIT", "1"));
        assertThat(runner.argvs().get(1))
                .containsExactly(D, "image", "inspect", "--format", "{{.Id}}", "slimline/api:optimized");
        assertThat(result.imageId()).isEqualTo(IMAGE_ID);
        assertThat(result.logTail()).endsWith("#9 DONE 0.1s");
        assertThat(result.duration().isNegative()).isFalse();
    }

    @Test
    void buildWithBuildxLoadsTheImageIntoTheEngine() {
        engine(Builder.BUILDX).build(BuildRequest.of(Path.of("ctx"), "t:1"));

        assertThat(runner.argvs().get(0))
                .containsExactly(D, "buildx", "build", "--load", "--progress=plain", "--tag", "t:1", "ctx");
        assertThat(runner.calls().get(0).env()).isEmpty();
    }

    @Test
    void buildPassesSecretSourcesSshAndPlatformExactly() {
        engine().build(BuildRequest.of(Path.of("/repo"), "t:1").withDockerfile(Path.of("/repo/services/api/Dockerfile"))
                .withTarget("production")
                .withBuildInputs(List.of("id=npm,env=NPM_TOKEN"), List.of("default"), "linux/arm64"));

        assertThat(runner.argvs().get(0)).containsExactly(D, "build", "--progress=plain",
                "--file", "/repo/services/api/Dockerfile", "--tag", "t:1", "--target", "production",
                "--secret", "id=npm,env=NPM_TOKEN", "--ssh", "default", "--platform", "linux/arm64", "/repo");
    }

    @Test
    void legacyBuildSwitchesBuildKitOffExplicitly() {
        engine(Builder.LEGACY).build(BuildRequest.of(Path.of("ctx"), "t:1"));

        assertThat(runner.argvs().get(0)).containsExactly(D, "build", "--tag", "t:1", "ctx");
        assertThat(runner.calls().get(0).env()).containsExactly(Map.entry("DOCKER_BUILDKIT", "0"));
    }

    @Test
    void buildUsesTheRequestTimeoutOverTheDefault() {
        engine().build(BuildRequest.of(Path.of("ctx"), "t:1").withTimeout(Duration.ofSeconds(42)));
        engine().build(BuildRequest.of(Path.of("ctx"), "t:1"));

        assertThat(runner.calls().get(0).timeout()).isEqualTo(Duration.ofSeconds(42));
        assertThat(runner.calls().get(2).timeout()).isEqualTo(EngineTimeouts.defaults().build());
    }

    @Test
    void failedBuildNamesTheCommandAndTheBuildersLastLine() {
        runner.answer(D + " build", new ProcessResult(1, "",
                "#5 ERROR: executor failed running [/bin/sh -c make]: exit code: 2\n", false));

        assertThatThrownBy(() -> engine().build(BuildRequest.of(Path.of("ctx"), "t:1")))
                .isInstanceOf(EngineCommandException.class)
                .hasMessage("`docker build --progress=plain --tag t:1 ctx` failed (exit 1): "
                        + "#5 ERROR: executor failed running [/bin/sh -c make]: exit code: 2");
        assertThat(runner.calls()).hasSize(1);
    }

    @Test
    void timedOutCommandIsReportedWithItsLimit() {
        runner.answer(D + " build", new ProcessResult(-1, "", "", true));

        assertThatThrownBy(() -> engine().build(BuildRequest.of(Path.of("ctx"), "t:1")
                .withTimeout(Duration.ofSeconds(5))))
                .isInstanceOf(EngineCommandException.class)
                .hasMessageEndingWith("timed out after 5s")
                .extracting(e -> ((EngineCommandException) e).exitCode()).isEqualTo(-1);
    }

    @Test
    void imageInspectReadsSizeLayersAndConfig() {
        runner.answer(D + " image inspect", ProcessResult.ok(EngineJsonSamples.IMAGE_INSPECT));

        ImageDetails image = engine().imageInspect("slimline-probe:2");

        assertThat(runner.argvs()).containsExactly(List.of(D, "image", "inspect", "slimline-probe:2"));
        assertThat(image.id()).isEqualTo(IMAGE_ID);
        assertThat(image.repoTags()).containsExactly("slimline-probe:2");
        assertThat(image.sizeBytes()).isEqualTo(1003);
        assertThat(image.layerDiffIds()).hasSize(2).allMatch(id -> id.startsWith("sha256:"));
        RuntimeConfig config = image.config();
        assertThat(config.user()).isEqualTo("1000:1000");
        assertThat(config.runsAsRoot()).isFalse();
        assertThat(config.exposedPorts()).containsExactly("8080/tcp");
        assertThat(config.env()).containsExactly(
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "A=b");
        assertThat(config.cmd()).containsExactly("/x");
        assertThat(config.entrypoint()).isEmpty();
        assertThat(config.workdir()).isEmpty();
        assertThat(config.labels()).containsExactly(Map.entry("dev.slimline.probe", "1"));
        assertThat(config.stopSignal()).isEqualTo("SIGTERM");
        assertThat(config.volumes()).containsExactly("/data");
        assertThat(config.healthcheck()).hasValueSatisfying(check -> {
            assertThat(check.test()).containsExactly("CMD", "/x");
            assertThat(check.interval()).isEqualTo(Duration.ofSeconds(5));
            assertThat(check.retries()).isZero();
            assertThat(check.disabled()).isFalse();
        });
    }

    @Test
    void imageWithoutUserOrHealthcheckRunsAsRootWithNoCheck() {
        runner.answer(D + " image inspect", ProcessResult.ok("""
                [{"Id":"sha256:1","RepoTags":[],"Size":5,"RootFS":{"Layers":["sha256:a"]},
                  "Config":{"User":"","Env":null,"Cmd":null,"Healthcheck":null,"Labels":null,"Volumes":null}}]
                """));

        RuntimeConfig config = engine().imageInspect("x").config();

        assertThat(config.runsAsRoot()).isTrue();
        assertThat(config.healthcheck()).isEmpty();
        assertThat(config.labels()).isEmpty();
        assertThat(config.cmd()).isEmpty();
    }

    @Test
    void unknownImageIsUnavailableWithTheImageName() {
        runner.answer(D + " image inspect", ProcessResult.failed(1, "Error: No such image: python:3.99\n"));

        assertThatThrownBy(() -> engine().imageInspect("python:3.99"))
                .isInstanceOf(ImageNotFoundException.class)
                .hasMessage("image python:3.99 not found in the engine");
    }

    @Test
    void historyAsksForExactSizesAndReturnsOldestFirst() {
        runner.answer(D + " history", ProcessResult.ok(EngineJsonSamples.HISTORY));

        List<HistoryEntry> history = engine().history("slimline-probe:2");

        assertThat(runner.argvs()).containsExactly(List.of(D, "history", "--no-trunc", "--human=false",
                "--format", "{{json .}}", "slimline-probe:2"));
        assertThat(history).containsExactly(
                new HistoryEntry("", 3, false),
                new HistoryEntry("ENV A=b", 0, true),
                new HistoryEntry("COPY f /f # buildkit", 1_000_000_123L, false),
                new HistoryEntry("USER 1000:1000", 0, true));
    }

    @Test
    void historyWithHumanSizesIsRefusedRatherThanGuessed() {
        runner.answer(D + " history", ProcessResult.ok("{\"CreatedBy\":\"COPY\",\"Size\":\"1.2MB\"}\n"));

        assertThatThrownBy(() -> engine().history("x")).hasMessageContaining("'1.2MB'");
    }

    @Test
    void historyOfUnknownImageIsImageNotFound() {
        runner.answer(D + " history", ProcessResult.failed(1, "Error response from daemon: No such image: x:latest"));

        assertThatThrownBy(() -> engine().history("x")).isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void saveChecksTheImageThenStreamsTheClientsOutput() throws Exception {
        byte[] tar = "manifest.json...".getBytes(StandardCharsets.UTF_8);
        runner.stream(D + " save", tar);

        try (InputStream saved = engine().save("t:1")) {
            assertThat(saved.readAllBytes()).isEqualTo(tar);
        }
        assertThat(runner.argvs()).containsExactly(
                List.of(D, "image", "inspect", "--format", "{{.Id}}", "t:1"), List.of(D, "save", "t:1"));
        assertThat(runner.calls().get(1).timeout()).isEqualTo(EngineTimeouts.defaults().save());
    }

    @Test
    void saveOfUnknownImageFailsBeforeStreaming() {
        runner.answer(D + " image inspect", ProcessResult.failed(1, "Error: No such image: gone:1"));

        assertThatThrownBy(() -> engine().save("gone:1")).isInstanceOf(ImageNotFoundException.class);
        assertThat(runner.calls()).hasSize(1);
    }

    @Test
    void importFeedsTheTarOnStandardInput() {
        runner.answer(D + " import", ProcessResult.ok("sha256:abc\n"));

        String id = engine().importImage(new ByteArrayInputStream(new byte[] {1, 2, 3}), "scratchy:1",
                List.of("LABEL a=b", "CMD [\"/hello\"]"));

        assertThat(id).isEqualTo("sha256:abc");
        assertThat(runner.argvs()).containsExactly(List.of(D, "import", "--change", "LABEL a=b",
                "--change", "CMD [\"/hello\"]", "-", "scratchy:1"));
        assertThat(runner.stdins()).containsExactly(new byte[] {1, 2, 3});
    }

    @Test
    void imageExistsAndRemoveImageTellMissingFromFailing() {
        runner.answer(D + " image inspect", ProcessResult.failed(1, "Error: No such image: a"));
        assertThat(engine().imageExists("a")).isFalse();
        assertThat(engine().removeImage("a")).isFalse();
        assertThat(runner.argvs()).containsOnly(List.of(D, "image", "inspect", "--format", "{{.Id}}", "a"));

        runner.answer(D + " image inspect", ProcessResult.ok(IMAGE_ID));
        assertThat(engine().imageExists("a")).isTrue();
        assertThat(engine().removeImage("a")).isTrue();
        assertThat(runner.argvs()).last().isEqualTo(List.of(D, "image", "rm", "--force", "a"));

        runner.answer(D + " image rm", ProcessResult.failed(1, "Error response from daemon: conflict: unable to delete"
                + " 0123 (cannot be forced) - image is being used by running container 4567"));
        assertThatThrownBy(() -> engine().removeImage("a")).isInstanceOf(EngineCommandException.class)
                .hasMessageStartingWith("`docker image rm --force a` failed (exit 1): Error response from daemon:"
                        + " conflict");
    }

    @Test
    void detachedRunCreatesWithLoopbackPortsThenStarts() {
        runner.answer(D + " create", ProcessResult.ok("c0ffee\n"));
        RunRequest request = RunRequest.detached("api:slim").withName("api-probe")
                .withEnv(Map.of("PORT", "8080", "A", "1"))
                .withPorts(List.of(PortMapping.anyLoopbackPort(8080), new PortMapping(18080, 9090, "udp")))
                .withNetwork("net1", List.of("api", "orders")).withUser("1000").withCommand(List.of("node", "server.js"))
                .withLabels(Map.of("dev.slimline.test", "t1"));

        String id = engine().run(request);

        assertThat(id).isEqualTo("c0ffee");
        assertThat(runner.argvs()).containsExactly(
                List.of(D, "create", "--name", "api-probe", "--label", "dev.slimline.test=t1",
                        "--env", "A=1", "--env", "PORT=8080",
                        "--publish", "127.0.0.1::8080/tcp", "--publish", "127.0.0.1:18080:9090/udp",
                        "--network", "net1", "--network-alias", "api", "--network-alias", "orders",
                        "--user", "1000", "api:slim", "node", "server.js"),
                List.of(D, "start", "c0ffee"));
    }

    @Test
    void attachedRunWaitsForTheContainerAndDoesNotTreatItsExitCodeAsAnEngineFailure() {
        runner.answer(D + " create", ProcessResult.ok("c1\n"))
                .answer(D + " start --attach", ProcessResult.failed(3, "app said no"))
                .answer(D + " container inspect", ProcessResult.ok(
                        "[{\"Id\":\"c1\",\"Name\":\"/x\",\"State\":{\"Status\":\"exited\",\"ExitCode\":3}}]"));

        String id = engine().run(RunRequest.detached("img").withDetach(false).withTimeout(Duration.ofSeconds(9)));

        assertThat(id).isEqualTo("c1");
        assertThat(runner.argvs()).containsExactly(List.of(D, "create", "img"), List.of(D, "start", "--attach", "c1"),
                List.of(D, "container", "inspect", "c1"));
        assertThat(runner.calls().get(1).timeout()).isEqualTo(Duration.ofSeconds(9));
    }

    @Test
    void attachedRunOfAContainerThatNeverStartedIsAFailure() {
        runner.answer(D + " create", ProcessResult.ok("c3\n"))
                .answer(D + " start --attach", ProcessResult.failed(1, "Error response from daemon: failed to create"
                        + " shim task: OCI runtime create failed: exec: \"/nonexistent\": stat /nonexistent: no such"
                        + " file or directory: unknown\nError: failed to start containers: c3\n"))
                .answer(D + " container inspect", ProcessResult.ok(
                        "[{\"Id\":\"c3\",\"Name\":\"/x\",\"State\":{\"Status\":\"created\",\"ExitCode\":128}}]"));

        assertThatThrownBy(() -> engine().run(RunRequest.detached("img").withDetach(false)))
                .isInstanceOf(EngineCommandException.class)
                .hasMessage("`docker start --attach c3` failed (exit 1): Error response from daemon: failed to create"
                        + " shim task: OCI runtime create failed: exec: \"/nonexistent\": stat /nonexistent: no such"
                        + " file or directory: unknown");
        assertThat(runner.argvs()).last().isEqualTo(List.of(D, "rm", "--force", "--volumes", "c3"));
    }

    @Test
    void containerThatCannotStartIsRemovedAndTheReasonReported() {
        runner.answer(D + " create", ProcessResult.ok("c2\n")).answer(D + " start", ProcessResult.failed(1,
                "Error response from daemon: driver failed programming external connectivity: port is already allocated"));

        assertThatThrownBy(() -> engine().run(RunRequest.detached("img")))
                .isInstanceOf(EngineCommandException.class).hasMessageEndingWith("port is already allocated");
        assertThat(runner.argvs()).last().isEqualTo(List.of(D, "rm", "--force", "--volumes", "c2"));
    }

    @Test
    void execReturnsTheCommandsOwnExitCodeAndOutput() {
        runner.answer(D + " exec", new ProcessResult(0, "1000\n", "", false));

        ExecResult result = engine().exec("c1", List.of("id", "-u"));

        assertThat(runner.argvs()).containsExactly(List.of(D, "exec", "c1", "id", "-u"));
        assertThat(result).isEqualTo(new ExecResult(0, "1000\n", ""));
        assertThat(result.succeeded()).isTrue();
    }

    @Test
    void logsAskForATailOrEverything() {
        runner.answer(D + " logs", new ProcessResult(0, "listening\n", "warn\n", false));

        assertThat(engine().logs("c1", 20)).isEqualTo(new ContainerLogs("listening\n", "warn\n"));
        engine().logs("c1", 0);

        assertThat(runner.argvs()).containsExactly(List.of(D, "logs", "--tail", "20", "c1"),
                List.of(D, "logs", "--tail", "all", "c1"));
    }

    @Test
    void inspectContainerReadsStateHealthUserPidAndLoopbackPorts() {
        runner.answer(D + " container inspect", ProcessResult.ok(EngineJsonSamples.CONTAINER_INSPECT));

        ContainerDetails container = engine().inspectContainer("c1");

        assertThat(runner.argvs()).containsExactly(List.of(D, "container", "inspect", "c1"));
        assertThat(container).isEqualTo(new ContainerDetails("da9eb3ab", "peaceful_goldstine", "running", true, 0,
                "healthy", "1000", Map.of("8080/tcp", 49153), Map.of("a", "b"), 4242));
    }

    @Test
    void stopGivesGraceAndWaitsLongerThanIt() {
        engine().stop("c1", Duration.ofSeconds(3));

        assertThat(runner.argvs()).containsExactly(List.of(D, "stop", "--time", "3", "c1"));
        assertThat(runner.calls().get(0).timeout()).isEqualTo(EngineTimeouts.defaults().run().plusSeconds(3));
    }

    @Test
    void removingWhatIsAlreadyGoneIsNotAnError() {
        runner.answer(D + " rm", ProcessResult.failed(1, "Error: No such container: c9"))
                .answer(D + " network rm", ProcessResult.failed(1, "Error: No such network: n9"))
                .answer(D + " volume rm", ProcessResult.failed(1, "Error: No such volume: v9"));

        engine().rm("c9");
        engine().removeNetwork("n9");
        engine().removeVolume("v9");

        assertThat(runner.argvs()).containsExactly(List.of(D, "rm", "--force", "--volumes", "c9"),
                List.of(D, "network", "rm", "n9"), List.of(D, "volume", "rm", "v9"));
    }

    @Test
    void networksAndVolumesAreCreatedWithLabels() {
        runner.answer(D + " network create", ProcessResult.ok("n1id\n"))
                .answer(D + " volume create", ProcessResult.ok("v1\n"));

        assertThat(engine().createNetwork("n1", Map.of("k", "v"))).isEqualTo("n1id");
        assertThat(engine().createVolume("v1", Map.of("k", "v"))).isEqualTo("v1");

        assertThat(runner.argvs()).containsExactly(List.of(D, "network", "create", "--label", "k=v", "n1"),
                List.of(D, "volume", "create", "--label", "k=v", "v1"));
    }

    @Test
    void listByLabelFiltersEachKindAndListsEachObjectOnce() {
        runner.answer(D + " image ls", ProcessResult.ok("sha256:a\nsha256:a\nsha256:b\n"));

        assertThat(engine().listByLabel(EngineObject.IMAGE, "dev.slimline.test=t1"))
                .containsExactly("sha256:a", "sha256:b");
        engine().listByLabel(EngineObject.CONTAINER, "k");
        engine().listByLabel(EngineObject.NETWORK, "k");
        engine().listByLabel(EngineObject.VOLUME, "k");

        assertThat(runner.argvs()).containsExactly(
                List.of(D, "image", "ls", "--quiet", "--no-trunc", "--filter", "label=dev.slimline.test=t1"),
                List.of(D, "ps", "--all", "--quiet", "--no-trunc", "--filter", "label=k"),
                List.of(D, "network", "ls", "--quiet", "--no-trunc", "--filter", "label=k"),
                List.of(D, "volume", "ls", "--quiet", "--filter", "label=k"));
    }

    @Test
    void composeV1UsesTheStandaloneProgram() {
        ComposeRequest project = new ComposeRequest(List.of(Path.of("a.yml"), Path.of("b.yml")), "proj", null);

        engine().composeUp(project);
        engine().composeDown(project);

        assertThat(runner.argvs()).containsExactly(
                List.of("/usr/bin/docker-compose", "--file", "a.yml", "--file", "b.yml", "--project-name", "proj",
                        "up", "--detach"),
                List.of("/usr/bin/docker-compose", "--file", "a.yml", "--file", "b.yml", "--project-name", "proj",
                        "down", "--volumes", "--remove-orphans", "--timeout", "1"));
        assertThat(runner.calls().get(0).timeout()).isEqualTo(EngineTimeouts.defaults().compose());
    }

    @Test
    void composeV2UsesTheClientPlugin() {
        CliDockerEngine v2 = new CliDockerEngine(runner,
                new EngineSetup(Path.of(D), Builder.BUILDX, ComposeFlavour.V2_PLUGIN, null, ""),
                EngineTimeouts.defaults());

        v2.composeUp(new ComposeRequest(List.of(Path.of("c.yml")), "p", Duration.ofSeconds(30)));

        assertThat(runner.argvs()).containsExactly(
                List.of(D, "compose", "--file", "c.yml", "--project-name", "p", "up", "--detach"));
        assertThat(runner.calls().get(0).timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void noComposeIsUnavailableWithAHint() {
        CliDockerEngine none = new CliDockerEngine(runner,
                new EngineSetup(Path.of(D), Builder.LEGACY, ComposeFlavour.NONE, null, ""), EngineTimeouts.defaults());

        assertThatThrownBy(() -> none.composeUp(ComposeRequest.of(Path.of("c.yml"), "p")))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("no Docker Compose found").hasMessageContaining("docker-compose");
        assertThat(runner.calls()).isEmpty();
    }

    @Test
    void infoReadsServerVersionAndDriver() {
        runner.answer(D + " info", ProcessResult.ok("{\"ServerVersion\":\"20.10.24+dfsg1\",\"Driver\":\"overlay2\","
                + "\"OSType\":\"linux\",\"Architecture\":\"aarch64\"}"));

        EngineInfo info = engine().info();

        assertThat(runner.argvs()).containsExactly(List.of(D, "info", "--format", "{{json .}}"));
        assertThat(info).isEqualTo(new EngineInfo(Path.of(D), "", "20.10.24+dfsg1", "overlay2", Builder.BUILDKIT,
                ComposeFlavour.V1_BINARY, "linux", "aarch64"));
    }

    @Test
    void daemonNotAnsweringAnyCommandIsOneLineWithWhatWasTriedAndHowToStartIt() {
        runner.answer(D, ProcessResult.failed(1,
                "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n"));

        assertThatThrownBy(() -> engine().imageInspect("x"))
                .isInstanceOf(EngineUnavailableException.class)
                .hasMessage("no Docker engine reachable (tried client /usr/bin/docker, DOCKER_HOST unset, so the"
                        + " client's context (default unix:///var/run/docker.sock)): Cannot connect to the Docker"
                        + " daemon at unix:///var/run/docker.sock. Is the docker daemon running?; start it with"
                        + " `dockerd &` (as root) or `bash testbed/setup.sh`");
    }

    @Test
    void optionLikeNamesAreRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> engine().rm("--all")).isInstanceOf(IllegalArgumentException.class);
        assertThat(runner.calls()).isEmpty();
    }
}
