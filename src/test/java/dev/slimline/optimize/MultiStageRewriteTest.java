package dev.slimline.optimize;

import org.junit.jupiter.api.Test;

import static dev.slimline.optimize.RewriteTester.optimizer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Already multi-stage inputs (issue #11 item 4): a runtime stage on a full image is rebased onto the slim sibling
 * of the same runtime version; a lean one, or one that installs or fetches at run time, is left as it is. Also the
 * compatibility the stack decides before a base is chosen (a cgo binary never goes to a static base).
 */
class MultiStageRewriteTest {

    @Test
    void nodeRuntimeStageOnTheFullImageIsRebasedOntoSlim() {
        RewriteTester tester = optimizer().file("package.json", "{}").file("package-lock.json", "{}");
        tester.rewriteRun("""
                FROM node:18 AS build
                WORKDIR /app
                COPY package.json package-lock.json ./
                RUN npm ci
                COPY . .

                FROM node:18
                WORKDIR /app
                COPY --from=build /app ./
                USER node
                CMD ["node", "server.js"]
                """, """
                FROM node:18 AS build
                WORKDIR /app
                COPY package.json package-lock.json ./
                RUN npm ci
                COPY . .

                FROM node:18-slim
                WORKDIR /app
                COPY --from=build /app ./
                USER node
                CMD ["node", "server.js"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary)
                .contains("runtime stage rebased: node:18 -> node:18-slim (node 18 kept; what earlier stages built is copied as before)");
    }

    /** The Spring Boot guide's shape: layers extracted in a build stage, run with java on the JDK image. */
    @Test
    void aJdkRuntimeStageThatOnlyRunsJavaIsRebasedOntoTheJreOfTheSameVersion() {
        String build = """
                FROM maven:3-eclipse-temurin-17 AS build
                WORKDIR /workspace/app
                COPY . .
                RUN mvn -B package -DskipTests

                """;
        String runtime = """
                FROM eclipse-temurin:17-jdk
                WORKDIR /app
                COPY --from=build /workspace/app/target/extracted/application/ ./
                EXPOSE 8080
                ENTRYPOINT ["java", "org.springframework.boot.loader.JarLauncher"]
                """;
        RewriteTester.recipes(new RebaseRuntimeStageRecipe()).file("pom.xml", "<project/>")
                .rewriteRun(build + runtime, build + runtime.replace("17-jdk", "17-jre"));
        String compiles = runtime.replace("ENTRYPOINT [\"java\", \"org.springframework.boot.loader.JarLauncher\"]",
                "ENTRYPOINT [\"jshell\"]");
        RewriteTester.recipes(new RebaseRuntimeStageRecipe()).file("pom.xml", "<project/>").rewriteRun(build + compiles);
    }

    /** FROM base AS production: the image is named in the base stage, so that is where the rebase goes. */
    @Test
    void aRuntimeStageBuiltOnAnEarlierStageIsRebasedWhereItsChainStarts() {
        RewriteTester tester = optimizer().file("package.json", "{}");
        tester.rewriteRun("""
                FROM node:18 AS base
                WORKDIR /srv
                COPY libs/common ./libs/common

                FROM base AS development
                COPY services/api ./services/api
                CMD ["node", "--watch", "services/api/server.js"]

                FROM base AS production
                COPY services/api ./services/api
                USER node
                CMD ["node", "services/api/server.js"]
                """, """
                FROM node:18-slim AS base
                WORKDIR /srv
                COPY libs/common ./libs/common

                FROM base AS development
                COPY services/api ./services/api
                CMD ["node", "--watch", "services/api/server.js"]

                FROM base AS production
                COPY services/api ./services/api
                USER node
                CMD ["node", "services/api/server.js"]
                """);
        assertThat(tester.last().changes()).extracting(Change::summary).anyMatch(summary -> summary.startsWith(
                "runtime stage rebased: node:18 -> node:18-slim") && summary.endsWith("stage base)"));
    }

    /** A stage beside the runtime one on the same base that installs with npm would lose npm's build tools: kept. */
    @Test
    void aChainWhoseSiblingStageInstallsKeepsItsFullImage() {
        optimizer().file("package.json", "{}").rewriteRun("""
                FROM node:18 AS base
                WORKDIR /srv

                FROM base AS build
                COPY package.json ./
                RUN npm ci
                COPY . .
                RUN npm run build

                FROM base AS production
                COPY --from=build /srv/dist ./dist
                USER node
                CMD ["node", "dist/server.js"]
                """);
    }

    @Test
    void aLeanRuntimeStageIsLeftAsItIs() {
        optimizer().file("go.mod", "module example.com/x\n").rewriteRun("""
                FROM golang:1.19 AS build
                WORKDIR /src
                COPY . .
                RUN CGO_ENABLED=0 go build -o /server .

                FROM gcr.io/distroless/static-debian12:nonroot
                COPY --from=build /server /server
                USER 65532:65532
                ENTRYPOINT ["/server"]
                """);
    }

    @Test
    void aRuntimeStageThatInstallsOrProbesWithCurlKeepsItsFullImage() {
        optimizer().file("requirements.txt", "flask\n").rewriteRun("""
                FROM python:3.11 AS build
                WORKDIR /app
                COPY . .

                FROM python:3.11
                WORKDIR /app
                COPY --from=build /app ./
                RUN pip install --no-cache-dir -r requirements.txt
                USER 1001:1001
                HEALTHCHECK CMD curl -f http://127.0.0.1:8000/ || exit 1
                CMD ["python", "app.py"]
                """);
    }

    /** Compatibility decided by the stack before a base is chosen: a cgo build never lands on a static-only base. */
    @Test
    void aCgoBuildIsNotMovedOntoAStaticBase() {
        RewriteTester tester = optimizer().file("go.mod", "module example.com/x\n");
        tester.rewriteRun("""
                FROM golang:1.19
                WORKDIR /src
                COPY . .
                RUN CGO_ENABLED=1 go build -o /server .
                CMD ["/server"]
                """, """
                FROM golang:1.19 AS build
                WORKDIR /src
                COPY go.* ./
                RUN go mod download
                COPY . .
                RUN CGO_ENABLED=1 go build -trimpath -ldflags="-s -w" -o /app/server .

                FROM debian:bookworm-slim
                WORKDIR /src
                COPY --from=build /app/server /app/server
                USER 65532:65532
                ENTRYPOINT ["/app/server"]
                """);
        assertThat(tester.last().template()).contains("go");
    }

    /** A runtime stage on the Go toolchain that only runs a copied binary: distroless base (cgo default) or static. */
    @Test
    void goRuntimeStageOnTheToolchainImageIsRebasedOntoDistroless() {
        String original = """
                FROM golang:1.19 AS builder
                WORKDIR /src
                COPY . .
                RUN go build -o /out/shorturl .

                FROM golang:1.19
                WORKDIR /app
                COPY --from=builder /out/shorturl /app/shorturl
                CMD ["/app/shorturl"]
                """;
        optimizer().file("go.mod", "module example.com/x\n").rewriteRun(original,
                original.replace("FROM golang:1.19\n", "FROM gcr.io/distroless/base-debian12:nonroot\n"));
        String staticBuild = original.replace("RUN go build", "RUN CGO_ENABLED=0 go build");
        optimizer().file("go.mod", "module example.com/x\n").rewriteRun(staticBuild,
                staticBuild.replace("FROM golang:1.19\n", "FROM gcr.io/distroless/static-debian12:nonroot\n")
                        .replace("COPY --from", "COPY --chown=65532:65532 --from")
                        .replace("CMD [", "USER 65532:65532\nCMD ["));
        String shellCmd = original.replace("CMD [\"/app/shorturl\"]", "CMD /app/shorturl --port $PORT");
        optimizer().file("go.mod", "module example.com/x\n").rewriteRun(shellCmd, shellCmd);
    }
}
