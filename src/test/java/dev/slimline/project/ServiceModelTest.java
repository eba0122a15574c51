package dev.slimline.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceModelTest {

    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ServiceModel read(Map<String, String> env, String... profiles) {
        return ServiceModel.read(root, new ComposeSelection(List.of(), List.of(profiles), env));
    }

    private static DockerfileService named(ServiceModel model, String name) {
        return model.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not in " + model.services().stream().map(DockerfileService::name)
                        .toList()));
    }

    @Test
    void composeRootContextsWithArgsTargetsSecretsAndInterpolationFromDotEnv() throws IOException {
        write(".env", "PY_VERSION=3.11\nexport STAGE=\"production\"\n");
        write("services/api/Dockerfile", "FROM python:3.11\n");
        write("services/worker/Dockerfile", "FROM python:3.11\n");
        write("tools/Dockerfile", "FROM scratch\n");
        write("compose.yaml", """
                services:
                  api:
                    build:
                      context: .
                      dockerfile: services/api/Dockerfile
                      target: ${STAGE}
                      args:
                        - PYTHON_VERSION=${PY_VERSION:-3.12}
                        - APP=${APP_NAME:-api}
                      secrets: [npm_token]
                      network: host
                    environment:
                      PORT: "8080"
                    ports: ["127.0.0.1:8080:8080"]
                    depends_on: [redis]
                  worker:
                    build: { context: ., dockerfile: services/worker/Dockerfile }
                  redis:
                    image: redis:7
                secrets:
                  npm_token:
                    environment: NPM_TOKEN
                """);

        ServiceModel model = read(Map.of("APP_NAME", "billing"));

        assertThat(model.services()).extracting(DockerfileService::name)
                .containsExactly("services/api", "services/worker", "tools");
        DockerfileService api = named(model, "services/api");
        assertThat(api.context()).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(api.build().target()).isEqualTo("production");
        assertThat(api.build().args()).containsExactlyEntriesOf(
                new java.util.TreeMap<>(Map.of("APP", "billing", "PYTHON_VERSION", "3.11")));
        assertThat(api.build().secrets()).containsExactly(new BuildSecret("npm_token", null, "NPM_TOKEN"));
        assertThat(api.build().network()).isEqualTo("host");
        assertThat(api.runtime().orElseThrow().containerPorts()).containsExactly(8080);
        assertThat(api.origin().orElseThrow().key()).isEqualTo("api");
        assertThat(named(model, "tools").origin()).isEmpty();
        assertThat(model.compose().images()).extracting(ComposeModel.FromImage::key).containsExactly("redis");
    }

    @Test
    void overrideFileMergesAndProfilesGateServices() throws IOException {
        write("app/Dockerfile", "FROM scratch\n");
        write("debug/Dockerfile", "FROM scratch\n");
        write("docker-compose.yml", """
                version: "3.8"
                services:
                  app:
                    build:
                      context: ./app
                      args: { A: "1" }
                  debug:
                    build: ./debug
                    profiles: [debug]
                """);
        write("docker-compose.override.yml", """
                services:
                  app:
                    build:
                      args: { B: "2" }
                      target: dev
                """);

        ServiceModel plain = read(Map.of());
        assertThat(named(plain, "app").build().args()).containsEntry("A", "1").containsEntry("B", "2");
        assertThat(named(plain, "app").build().target()).isEqualTo("dev");
        // debug's Dockerfile is not named by an active service, so it is found as a plain Dockerfile
        assertThat(named(plain, "debug").origin()).isEmpty();
        assertThat(named(read(Map.of(), "debug"), "debug").origin()).isPresent();
    }

    @Test
    void composeV1FilesHaveServicesAtTheTop() throws IOException {
        write("web/Dockerfile", "FROM scratch\n");
        write("docker-compose.yml", """
                web:
                  build: web
                  environment: ["MODE=v1"]
                db:
                  image: postgres:16
                """);

        ServiceModel model = read(Map.of());
        assertThat(named(model, "web").runtime().orElseThrow().env()).containsEntry("MODE", "v1");
        assertThat(model.compose().images()).extracting(ComposeModel.FromImage::image).containsExactly("postgres:16");
    }

    @Test
    void twoServicesOfOneDockerfileAreNamedByTheirComposeKeys() throws IOException {
        write("Dockerfile", "FROM scratch AS api\nFROM scratch AS worker\n");
        write("compose.yml", """
                services:
                  api: { build: { context: ., target: api } }
                  worker: { build: { context: ., target: worker } }
                """);

        assertThat(read(Map.of()).services()).extracting(DockerfileService::name).containsExactly(". (api)", ". (worker)");
    }

    @Test
    void aRequiredVariableOrAMissingDockerfileIsBadInputNamingTheFile() throws IOException {
        write("compose.yaml", "services:\n  a:\n    build:\n      context: ${CTX:?set CTX}\n");
        assertThatThrownBy(() -> read(Map.of())).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("required variable CTX is missing a value: set CTX");

        write("compose.yaml", "services:\n  a:\n    build: ./nowhere\n");
        assertThatThrownBy(() -> read(Map.of())).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("a: no Dockerfile at");
    }

    @Test
    void interpolationForms() {
        ComposeInterpolation interpolation = new ComposeInterpolation(Map.of("SET", "x", "EMPTY", ""));
        assertThat(interpolation.apply("$SET ${SET} ${UNSET:-d} ${EMPTY:-d} ${EMPTY-d} ${SET:+alt} ${UNSET+alt}$$"))
                .isEqualTo("x x d d  alt $");
        assertThat(interpolation.apply("${UNSET:-${SET}-y}")).isEqualTo("x-y");
    }
}
