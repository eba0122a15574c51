package dev.slimline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.project.DockerfileService;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSizeEstimatorTest {

    @TempDir
    Path context;

    private final ImageSizeEstimator estimator = new ImageSizeEstimator(KnowledgeCatalog.bundled());

    private SizeEstimate estimate(String text) {
        Dockerfile dockerfile = DockerfileParser.parse(text, context.resolve("Dockerfile"));
        return estimator.estimate(dockerfile, new DockerfileService("svc", context.resolve("Dockerfile"), context,
                Optional.empty()));
    }

    @Test
    void buildToolsCostNothingOnAFullImageThatHasThemAndAlotOnASlimOne() {
        SizeEstimate full = estimate("FROM python:3.11\nRUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*\n");
        SizeEstimate slim = estimate("FROM python:3.11-slim\nRUN apt-get update && apt-get install -y build-essential && rm -rf /var/lib/apt/lists/*\n");

        assertThat(full.packageBytes()).isZero();
        assertThat(full.baseBytes()).isEqualTo(1_010_000_000L);
        assertThat(slim.packageBytes()).isGreaterThan(200_000_000L).isLessThan(400_000_000L);
    }

    @Test
    void aptListsLeftBehindAreCounted() {
        SizeEstimate kept = estimate("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl\n");
        SizeEstimate removed = estimate("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n");

        assertThat(kept.packageBytes() - removed.packageBytes()).isEqualTo(PayloadModel.APT_LISTS_BYTES);
    }

    @Test
    void sharedDependenciesAreNotCountedTwice() {
        long gcc = estimate("FROM debian:bookworm-slim\nRUN apt-get install -y gcc\n").packageBytes();
        long both = estimate("FROM debian:bookworm-slim\nRUN apt-get install -y gcc g++\n").packageBytes();
        long gpp = estimate("FROM debian:bookworm-slim\nRUN apt-get install -y g++\n").packageBytes();

        assertThat(both).isLessThan(gcc + gpp).isGreaterThanOrEqualTo(gpp);
    }

    @Test
    void layersAreBaseLayersPlusRunCopyAddOfTheFinalImageOnly() {
        SizeEstimate estimate = estimate("""
                ARG NODE=18
                FROM node:${NODE} AS build
                RUN npm ci
                RUN npm run build
                FROM node:${NODE}-alpine
                ENV NODE_ENV=production
                COPY --from=build /app/dist /app
                COPY package.json /app/
                CMD ["node", "/app/index.js"]
                """);

        assertThat(estimate.baseImage()).isEqualTo("node:18-alpine");
        assertThat(estimate.layers()).isEqualTo(5 + 2);
        assertThat(estimate.approximate()).isFalse();
    }

    @Test
    void stagesBuiltFromAnEarlierStageCarryItsLayers() {
        SizeEstimate estimate = estimate("FROM debian:bookworm AS base\nRUN true\nFROM base\nRUN true\n");

        assertThat(estimate.baseImage()).isEqualTo("debian:bookworm");
        assertThat(estimate.layers()).isEqualTo(1 + 2);
    }

    @Test
    void unknownBaseIsApproximate() {
        SizeEstimate estimate = estimate("FROM registry.example.com/team/base:3\n");

        assertThat(estimate.approximate()).isTrue();
        assertThat(estimate.baseBytes()).isEqualTo(PayloadModel.UNKNOWN_BASE_BYTES);
    }

    @Test
    void pipCacheCountsUnlessDisabled() {
        Monorepo.file(context, "requirements.txt", "celery\nredis\n# comment\n");
        long cached = estimate("FROM python:3.11-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n").payloadBytes();
        long clean = estimate("FROM python:3.11-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n").payloadBytes();

        assertThat(clean).isGreaterThanOrEqualTo(2 * PayloadModel.PYTHON_BYTES_PER_REQUIREMENT);
        assertThat(cached - clean).isEqualTo(PayloadModel.PYTHON_BYTES_PER_REQUIREMENT); // half of two requirements
    }

    @Test
    void optimizedTargetIsTheChoiceTheOptimizerMakes() {
        Dockerfile dockerfile = DockerfileParser.parse(
                "FROM python:3.11\nRUN apt-get update && apt-get install -y gcc libpq-dev\nCMD celery -A tasks worker && true\n",
                context.resolve("Dockerfile"));
        DockerfileService service = new DockerfileService("svc", context.resolve("Dockerfile"), context, Optional.empty());
        SizeEstimate before = estimator.estimate(dockerfile, service);

        OptimizedEstimate after = new OptimizedEstimator(new BaseImageChoice(KnowledgeCatalog.bundled()), estimator)
                .estimate(dockerfile, service, before);

        // gcc means glibc, the shell-form CMD with && means a shell: python:3.11-slim, not alpine or distroless
        assertThat(after.baseImage()).isEqualTo("python:3.11-slim");
        assertThat(after.reason()).contains("glibc kept").contains("shell kept");
        assertThat(after.bytes()).isLessThan(before.totalBytes()).isGreaterThanOrEqualTo(131_000_000L);
    }
}
