package dev.slimline.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stages, global ARGs and which stages end up in the image. */
class DockerfileStagesTest {

    private static final String MULTI_STAGE = """
            ARG REGISTRY=docker.io
            ARG PY=3.11
            ARG TAG=${PY}-slim
            ARG NO_DEFAULT
            FROM ${REGISTRY}/python:${TAG} AS base
            RUN echo base

            FROM alpine:3.19 AS assets
            RUN mkdir /assets

            FROM golang:1.22 AS unused
            RUN go version

            FROM base AS build
            COPY --from=assets /assets /assets
            RUN --mount=type=cache,target=/c --mount=type=bind,from=tools,target=/t echo

            FROM busybox AS tools

            FROM build AS final
            COPY --from=4 /bin/busybox /busybox
            """;

    private final Dockerfile dockerfile = DockerfileParser.parse(MULTI_STAGE, null);

    @Test
    void stagesHoldTheirInstructionsAndNames() {
        assertThat(dockerfile.stages()).extracting(Stage::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(dockerfile.stages()).extracting(Stage::reference)
                .containsExactly("base", "assets", "unused", "build", "tools", "final");
        assertThat(dockerfile.stages().get(3).instructions()).extracting(Instruction::keyword)
                .containsExactly("COPY", "RUN");
        assertThat(dockerfile.stages().get(4).instructions()).isEmpty();
        assertThat(dockerfile.globalArgs()).hasSize(4);
        assertThat(dockerfile.finalStage().name()).contains("final");
        assertThat(dockerfile.stage("BUILD")).map(Stage::index).contains(3);
        assertThat(dockerfile.stage("2")).map(Stage::reference).contains("unused");
        assertThat(dockerfile.stage("nope")).isEmpty();
        assertThat(dockerfile.stages().get(3).instructionsOf(Instruction.Copy.class)).hasSize(1);
    }

    @Test
    void finalImageStagesFollowFromCopyFromAndMountFrom() {
        List<Stage> inImage = dockerfile.stagesInImage(Optional.empty());

        assertThat(inImage).extracting(Stage::reference).containsExactly("base", "assets", "build", "tools", "final");
    }

    @Test
    void targetStageLimitsTheImage() {
        assertThat(dockerfile.stagesInImage(Optional.of("build"))).extracting(Stage::reference)
                .containsExactly("base", "assets", "build");
        assertThat(dockerfile.stagesInImage(Optional.of("unused"))).extracting(Stage::reference)
                .containsExactly("unused");
        assertThatThrownBy(() -> dockerfile.stagesInImage(Optional.of("missing")))
                .isInstanceOf(SlimlineException.class).hasMessage("no such build stage: missing");
    }

    @Test
    void directDependencies() {
        assertThat(dockerfile.stageDependencies(dockerfile.stages().get(3))).extracting(Stage::reference)
                .containsExactly("base", "assets");
    }

    @Test
    void baseImageResolvesGlobalArgsAndStageChains() {
        assertThat(dockerfile.resolvedBaseImage(dockerfile.stages().get(0))).isEqualTo("docker.io/python:3.11-slim");
        assertThat(dockerfile.resolvedBaseImage(dockerfile.finalStage())).isEqualTo("docker.io/python:3.11-slim");
        assertThat(dockerfile.resolvedBaseImage(dockerfile.stages().get(4))).isEqualTo("busybox");
        assertThat(dockerfile.resolvedBaseImage(dockerfile.finalStage(), Map.of("PY", "3.12", "UNDECLARED", "x")))
                .isEqualTo("docker.io/python:3.12-slim");
        assertThat(dockerfile.resolvedBaseImage(dockerfile.finalStage(), Map.of("TAG", "3.10-alpine")))
                .isEqualTo("docker.io/python:3.10-alpine");
        assertThat(dockerfile.globalArgDefaults(Map.of())).doesNotContainKey("NO_DEFAULT")
                .containsEntry("TAG", "3.11-slim");
    }

    @Test
    void argWithoutDefaultExpandsToEmptyAndVariableStageNamesResolve() {
        Dockerfile d = DockerfileParser.parse("""
                ARG VERSION
                ARG FLAVOR=alpine
                FROM node:${VERSION:-20}-bookworm AS build-debian
                FROM node:20-${FLAVOR} AS build-alpine
                FROM build-${FLAVOR}
                COPY --from=build-${FLAVOR} /a /b
                """, null);

        assertThat(d.resolvedBaseImage(d.stages().get(0))).isEqualTo("node:20-bookworm");
        assertThat(d.resolvedBaseImage(d.finalStage())).isEqualTo("node:20-alpine");
        assertThat(d.resolvedBaseImage(d.finalStage(), Map.of("FLAVOR", "debian", "VERSION", "18")))
                .isEqualTo("node:18-bookworm");
        assertThat(d.stagesInImage(Optional.empty())).extracting(Stage::index).containsExactly(1, 2);
    }

    @Test
    void stageArgRedeclarationSeesTheGlobalValueForCopyFrom() {
        Dockerfile d = DockerfileParser.parse("""
                ARG SRC=one
                FROM alpine AS one
                FROM alpine AS two
                FROM alpine
                ARG SRC
                COPY --from=${SRC} /a /b
                """, null);

        assertThat(d.stagesInImage(Optional.empty())).extracting(Stage::reference).containsExactly("one", "2");
    }
}
