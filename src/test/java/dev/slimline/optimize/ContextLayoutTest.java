package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.dockerfile.DockerfileParser;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** COPY/ADD sources between the Dockerfile's folder and the build context that compose or bake names. */
class ContextLayoutTest {

    private static final ContextLayout API = new ContextLayout("services/api");

    @Test
    void theFolderIsTheDockerfilesDirectoryRelativeToTheContext() {
        assertThat(ContextLayout.of(Path.of("/repo"), Path.of("/repo/services/api/Dockerfile")).folder())
                .isEqualTo("services/api");
        assertThat(ContextLayout.of(Path.of("/repo/services/api"), Path.of("/repo/services/api/Dockerfile"))
                .isDockerfileFolder()).isTrue();
        // a Dockerfile outside its context (docker build -f ../x/Dockerfile .) has no folder inside it
        assertThat(ContextLayout.of(Path.of("/repo/app"), Path.of("/repo/build/Dockerfile")).isDockerfileFolder())
                .isTrue();
    }

    @Test
    void folderSourcesAreSeenFromTheContext() {
        assertThat(API.toContext(".")).isEqualTo("services/api");
        assertThat(API.toContext("./")).isEqualTo("services/api/");
        assertThat(API.toContext("package.json")).isEqualTo("services/api/package.json");
        assertThat(API.toContext("./src")).isEqualTo("services/api/src");
        assertThat(API.toContext("/requirements*.txt")).isEqualTo("services/api/requirements*.txt");
        assertThat(API.toContext("https://example.org/tool.tgz")).isEqualTo("https://example.org/tool.tgz");
        assertThat(API.toContext("<<EOF")).isEqualTo("<<EOF");
    }

    @Test
    void contextSourcesInsideTheFolderAreSeenFromItAndOthersAreNot() {
        assertThat(API.toFolder("services/api")).contains(".");
        assertThat(API.toFolder("./services/api/package.json")).contains("package.json");
        assertThat(API.toFolder("services/api/")).contains("./");
        assertThat(API.toFolder("libs/common")).isEmpty();
        assertThat(API.toFolder("services/api-v2/x")).isEmpty();
        assertThat(API.toFolder("services/${APP}/x")).isEmpty();
        assertThat(new ContextLayout("").toFolder("libs/common")).contains("libs/common");
    }

    @Test
    void aDockerfileThatCopiesOnlyItsFolderLocalizesAndGlobalizesBack() {
        String original = """
                FROM python:3.11
                WORKDIR /app
                COPY services/api/requirements.txt ./
                RUN pip install -r requirements.txt
                COPY ["services/api", "./"]
                COPY --from=ghcr.io/acme/tools:1 /bin/tool /usr/local/bin/tool
                CMD ["python", "app.py"]
                """;
        Optional<String> local = API.localize(DockerfileParser.parse(original, Path.of("Dockerfile")));

        assertThat(local).contains("""
                FROM python:3.11
                WORKDIR /app
                COPY requirements.txt ./
                RUN pip install -r requirements.txt
                COPY [".", "./"]
                COPY --from=ghcr.io/acme/tools:1 /bin/tool /usr/local/bin/tool
                CMD ["python", "app.py"]
                """);
        assertThat(API.globalize(local.get(), Path.of("Dockerfile"))).isEqualTo(original);
    }

    @Test
    void aDockerfileThatReadsOutsideItsFolderDoesNotLocalize() {
        String shared = """
                FROM node:18 AS base
                COPY libs/common ./libs/common
                COPY services/api ./services/api
                """;
        assertThat(API.localize(DockerfileParser.parse(shared, Path.of("Dockerfile")))).isEmpty();
        assertThat(API.firstOutsideSource(DockerfileParser.parse(shared, Path.of("Dockerfile"))))
                .contains("libs/common");

        String mounted = """
                FROM golang:1.22
                RUN --mount=type=bind,target=/src go build ./...
                """;
        assertThat(API.localize(DockerfileParser.parse(mounted, Path.of("Dockerfile")))).isEmpty();
    }
}
