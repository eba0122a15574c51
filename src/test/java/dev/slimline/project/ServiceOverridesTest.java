package dev.slimline.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.Builder;
import dev.slimline.engine.CliDockerEngine;
import dev.slimline.engine.ComposeFlavour;
import dev.slimline.engine.EngineSetup;
import dev.slimline.engine.EngineTimeouts;
import dev.slimline.engine.FakeProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line build settings over a compose definition, down to the {@code docker build} argv they produce. */
class ServiceOverridesTest {

    private static final String D = "/usr/bin/docker";

    @TempDir
    Path dir;

    @BeforeEach
    void monorepo() throws Exception {
        for (String name : List.of("api", "worker")) {
            Files.createDirectories(dir.resolve("services/" + name));
            Files.writeString(dir.resolve("services/" + name + "/Dockerfile"),
                    "FROM debian:bookworm-slim AS base\nFROM base AS production\n");
        }
        Files.createDirectories(dir.resolve("alt"));
        Files.writeString(dir.resolve("alt/.dockerignore"), "node_modules\n");
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  api:
                    build:
                      context: .
                      dockerfile: services/api/Dockerfile
                      target: production
                      args:
                        NODE_ENV: production
                  worker:
                    build: services/worker
                """);
    }

    private List<DockerfileService> services(ServiceOverrides overrides) {
        return ServiceModel.read(dir).withOverrides(overrides).services();
    }

    private static ServiceOverrides overrides(List<String> args, List<String> targets, List<String> platforms,
            List<String> secrets, List<String> contexts, Path base) {
        return new ServiceOverrides(args, targets, platforms, secrets, contexts, base);
    }

    private static List<String> argv(DockerfileService service) {
        FakeProcessRunner runner = new FakeProcessRunner();
        new CliDockerEngine(runner, new EngineSetup(Path.of(D), Builder.BUILDKIT, ComposeFlavour.V1_BINARY,
                Path.of("/usr/bin/docker-compose"), ""), EngineTimeouts.defaults())
                .build(ServiceBuildRequest.of(service, "t:1", null));
        return runner.argvs().get(0);
    }

    @Test
    void perServiceValuesWinOverGlobalOnesAndReachTheBuildArgv() {
        List<DockerfileService> services = services(overrides(
                List.of("NODE_ENV=test", "worker=QUEUE=jobs=1", "VERSION=a=b"),
                List.of("base", "api=production"),
                List.of("worker=linux/arm64"),
                List.of("api=id=npm,env=NPM_TOKEN"),
                List.of("worker=alt"), dir));

        DockerfileService api = ServiceSelector.select(services, "api");
        assertThat(argv(api)).containsExactly(D, "build", "--progress=plain", "--file",
                dir.resolve("services/api/Dockerfile").toString(), "--tag", "t:1",
                "--build-arg", "NODE_ENV=test", "--build-arg", "VERSION=a=b", "--target", "production",
                "--secret", "id=npm,env=NPM_TOKEN", dir.toAbsolutePath().normalize().toString());

        DockerfileService worker = ServiceSelector.select(services, "worker");
        assertThat(worker.dockerignore()).contains(dir.resolve("alt/.dockerignore"));
        assertThat(argv(worker)).containsExactly(D, "build", "--progress=plain", "--file",
                dir.resolve("services/worker/Dockerfile").toString(), "--tag", "t:1",
                "--build-arg", "NODE_ENV=test", "--build-arg", "QUEUE=jobs=1", "--build-arg", "VERSION=a=b",
                "--target", "base", "--platform", "linux/arm64", dir.resolve("alt").toString());
    }

    @Test
    void noOverridesLeaveTheDefinitionAsItIs() {
        DockerfileService api = ServiceSelector.select(services(ServiceOverrides.none()), "api");
        assertThat(api.build().args()).containsExactly(java.util.Map.entry("NODE_ENV", "production"));
        assertThat(api.build().target()).isEqualTo("production");
    }

    @Test
    void aServiceThatIsNotThereOrAmbiguousOrAMalformedValueIsRefused() {
        assertThatThrownBy(() -> services(overrides(List.of(), List.of("billing=production"), List.of(), List.of(),
                List.of(), dir))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--target billing=production: billing: no such service (have [services/api,"
                        + " services/worker])");
        assertThatThrownBy(() -> services(overrides(List.of(), List.of(), List.of("services=linux/arm64"), List.of(),
                List.of(), dir))).hasMessage("--platform services=linux/arm64: services: no such service (have"
                        + " [services/api, services/worker])");
        assertThatThrownBy(() -> services(overrides(List.of("NODE_ENV"), List.of(), List.of(), List.of(),
                List.of(), dir))).hasMessage("--build-arg NODE_ENV: expected [SERVICE=]KEY=VALUE");
        assertThatThrownBy(() -> services(overrides(List.of(), List.of(), List.of(), List.of("api=src=x"),
                List.of(), dir))).hasMessage("secret 'src=x' has no id");
        assertThatThrownBy(() -> services(overrides(List.of(), List.of(), List.of(), List.of(),
                List.of("api=missing"), dir))).hasMessage("--context missing: not a directory");
    }

    @Test
    void aShortNameThatFitsTwoServicesIsAnError() throws Exception {
        Files.createDirectories(dir.resolve("tools/api"));
        Files.writeString(dir.resolve("tools/api/Dockerfile"), "FROM debian:bookworm-slim\n");
        assertThatThrownBy(() -> services(overrides(List.of(), List.of("api=base"), List.of(), List.of(),
                List.of(), dir))).hasMessageContaining("--target api=base: api: ambiguous, it names [services/api,"
                        + " tools/api]");
    }
}
