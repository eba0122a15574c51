package dev.slimline.optimize;

import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.knowledge.PackageManager;
import dev.slimline.optimize.GeneratedInstruction.Copy;
import dev.slimline.optimize.GeneratedInstruction.Run;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed model of generated Dockerfiles and its shared operations, tested once here: the printer, package
 * installs that clean in the same layer (apt, apk, dnf, microdnf), user creation per base (Debian, Alpine,
 * distroless), healthchecks in exec form and the runtime contract carried from the original.
 */
class GeneratedDockerfileTest {

    private static final KnowledgeCatalog CATALOG = KnowledgeCatalog.bundled();

    private static BaseImage image(String reference) {
        return CATALOG.lookup(reference).orElseThrow().image();
    }

    @Test
    void printsStagesSeparatedByABlankLineWithoutHeredocsOrSyntaxDirective() {
        GeneratedDockerfile out = new GeneratedDockerfile();
        out.stage("golang:1.19", "build").add(new GeneratedInstruction.Workdir("/src"))
                .add(Run.of("go mod download").withCacheMount("/root/.cache/go-build"));
        out.stage("gcr.io/distroless/static-debian12:nonroot")
                .add(Copy.fromStage("build", "/app/server", "/app/server").ownedBy("65532:65532"))
                .add(GeneratedInstruction.User.numeric(65532))
                .add(GeneratedInstruction.Healthcheck.exec(List.of("/app/healthcheck", "http://127.0.0.1:8080/")))
                .add(GeneratedInstruction.Command.entrypoint(List.of("/app/server", "say \"hi\"")));
        String text = out.print();
        assertThat(text).isEqualTo("""
                FROM golang:1.19 AS build
                WORKDIR /src
                RUN --mount=type=cache,target=/root/.cache/go-build go mod download

                FROM gcr.io/distroless/static-debian12:nonroot
                COPY --from=build --chown=65532:65532 /app/server /app/server
                USER 65532:65532
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["/app/healthcheck", "http://127.0.0.1:8080/"]
                ENTRYPOINT ["/app/server", "say \\"hi\\""]
                """);
        assertThat(text).doesNotContain("<<").doesNotContain("# syntax");
        assertThat(DockerfileParser.parse(text, null).stages()).hasSize(2);
    }

    @Test
    void everyPackageManagerInstallsAndCleansInTheSameLayer() {
        List<String> packages = List.of("libpq5", "tini");
        assertThat(GeneratedDockerfilePrinter.line(Run.of(PackageManager.APT.installCommands(packages)))).isEqualTo(
                "RUN apt-get update && apt-get install -y --no-install-recommends libpq5 tini && rm -rf /var/lib/apt/lists/*");
        assertThat(GeneratedDockerfilePrinter.line(Run.of(PackageManager.APK.installCommands(packages))))
                .isEqualTo("RUN apk add --no-cache libpq5 tini");
        assertThat(GeneratedDockerfilePrinter.line(Run.of(PackageManager.DNF.installCommands(packages)))).isEqualTo(
                "RUN dnf install -y --setopt=install_weak_deps=False libpq5 tini && dnf clean all && rm -rf /var/cache/dnf");
        assertThat(GeneratedDockerfilePrinter.line(Run.of(PackageManager.MICRODNF.installCommands(packages)))).isEqualTo(
                "RUN microdnf install -y --nodocs --setopt=install_weak_deps=0 libpq5 tini && microdnf clean all");
    }

    @Test
    void userCreationFollowsTheBaseDistribution() {
        assertThat(NonRootUser.create(image("python:3.11-slim"), "app", 1001, true).map(GeneratedDockerfilePrinter::line))
                .hasValue("RUN groupadd --gid 1001 app && useradd --uid 1001 --gid 1001 --create-home"
                        + " --shell /usr/sbin/nologin app");
        assertThat(NonRootUser.create(image("eclipse-temurin:17-jre-alpine"), "app", 1001, false)
                .map(GeneratedDockerfilePrinter::line))
                .hasValue("RUN addgroup -g 1001 -S app && adduser -u 1001 -S -G app -H -s /sbin/nologin app");
        // distroless: no shell to run anything; the numeric USER alone is used
        assertThat(NonRootUser.create(image("gcr.io/distroless/static-debian12"), "app", 65532, false)).isEmpty();
    }

    @Test
    void runtimeContractIsCarriedWithTheCommandInExecForm() {
        RuntimeContract contract = RuntimeContract.of(DockerfileParser.parse("""
                FROM python:3.11
                LABEL org.opencontainers.image.title=api
                WORKDIR /srv
                VOLUME /data
                EXPOSE 8000
                STOPSIGNAL SIGINT
                CMD gunicorn app:app
                """, null).finalStage());
        GeneratedStage stage = new GeneratedStage("python:3.11-slim", Optional.empty());
        contract.closeRuntimeStage(stage, GeneratedInstruction.User.numeric(1001), Optional.empty(),
                contract.commandInstructions());
        assertThat(stage.instructions().stream().map(GeneratedDockerfilePrinter::line))
                .containsExactly("VOLUME /data", "EXPOSE 8000", "STOPSIGNAL SIGINT", "USER 1001:1001",
                        "CMD [\"gunicorn\", \"app:app\"]");
        assertThat(contract.workdir()).hasValue("/srv");
        assertThat(contract.labels()).containsExactly("LABEL org.opencontainers.image.title=api");
    }

    @Test
    void aShellFormCommandWithShellFeaturesIsKeptAsWritten() {
        RuntimeContract contract = RuntimeContract.of(DockerfileParser.parse("FROM node:18\nCMD node server.js > /tmp/log\n",
                null).finalStage());
        assertThat(contract.commandInstructions().stream().map(GeneratedDockerfilePrinter::line))
                .containsExactly("CMD node server.js > /tmp/log");
        assertThat(contract.commandInstructions().get(0)).isInstanceOf(GeneratedInstruction.Carried.class);
    }
}
