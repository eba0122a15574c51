package dev.slimline.optimize;

import org.junit.jupiter.api.Test;

import static dev.slimline.optimize.RewriteTester.recipes;

/** One or more before/after cases per safe recipe, each recipe alone. */
class SafeRecipeRewriteTest {

    @Test
    void aptGetsNoInstallRecommendsAndListCleanup() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM debian:bookworm
                RUN apt-get update && apt-get install -y curl
                """, """
                FROM debian:bookworm
                RUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*
                """);
    }

    @Test
    void aptCleanupKeepsContinuationLines() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM debian:bookworm
                RUN apt-get update \\
                    && apt-get install -y --no-install-recommends \\
                       curl ca-certificates
                """, """
                FROM debian:bookworm
                RUN apt-get update \\
                    && apt-get install -y --no-install-recommends \\
                       curl ca-certificates && rm -rf /var/lib/apt/lists/*
                """);
    }

    @Test
    void aptAlreadyLeanIsLeftAlone() {
        recipes(new RuleFixRecipe(), new MergeAptUpdateRecipe()).rewriteRun("""
                FROM debian:bookworm
                RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
                """);
    }

    @Test
    void aptUpdateAloneIsMergedIntoTheInstall() {
        recipes(new MergeAptUpdateRecipe()).rewriteRun("""
                FROM debian:bookworm
                RUN apt-get update
                RUN apt-get install -y curl
                """, """
                FROM debian:bookworm
                RUN apt-get update && apt-get install -y curl
                """);
    }

    @Test
    void mergedUpdateThenGetsTheSizeFlagsFromTheRules() {
        recipes(new MergeAptUpdateRecipe(), new RuleFixRecipe()).rewriteRun("""
                FROM debian:bookworm
                # tools
                RUN apt-get update
                RUN apt-get install -y git
                """, """
                FROM debian:bookworm
                # tools
                RUN apt-get update && apt-get install --no-install-recommends -y git && rm -rf /var/lib/apt/lists/*
                """);
    }

    @Test
    void updateFollowedByAnotherInstructionIsNotMerged() {
        recipes(new MergeAptUpdateRecipe()).rewriteRun("""
                FROM debian:bookworm
                RUN apt-get update
                ENV A=1
                RUN apt-get install -y curl
                """);
    }

    @Test
    void apkGetsNoCache() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM alpine:3.20
                RUN apk add curl
                """, """
                FROM alpine:3.20
                RUN apk add --no-cache curl
                """);
    }

    @Test
    void apkWithNoCacheIsLeftAlone() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM alpine:3.20
                RUN apk add --no-cache curl
                """);
    }

    @Test
    void pipGetsNoCacheDir() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM python:3.11-slim
                RUN pip install -r requirements.txt
                """, """
                FROM python:3.11-slim
                RUN pip install --no-cache-dir -r requirements.txt
                """);
    }

    @Test
    void pipWithCacheOffByEnvIsLeftAlone() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM python:3.11-slim
                ENV PIP_NO_CACHE_DIR=1
                RUN pip install -r requirements.txt
                """);
    }

    @Test
    void npmInstallBecomesCiWithTheLockFileAndCleansTheCache() {
        recipes(new LockfileInstallRecipe(), new RuleFixRecipe()).file("package.json", "{}").file("package-lock.json", "{}")
                .rewriteRun("""
                        FROM node:18-slim
                        RUN npm install
                        """, """
                        FROM node:18-slim
                        RUN npm ci && npm cache clean --force
                        """);
    }

    @Test
    void npmInstallWithoutLockFileOnlyCleansTheCache() {
        recipes(new LockfileInstallRecipe(), new RuleFixRecipe()).file("package.json", "{}").rewriteRun("""
                FROM node:18-slim
                RUN npm install
                """, """
                FROM node:18-slim
                RUN npm install && npm cache clean --force
                """);
    }

    @Test
    void npmInstallOfNamedPackagesIsNotAProjectInstall() {
        recipes(new LockfileInstallRecipe()).file("package-lock.json", "{}").rewriteRun("""
                FROM node:18-slim
                RUN npm install -g pm2
                """);
    }

    @Test
    void yarnInstallUsesTheFrozenLockfile() {
        recipes(new LockfileInstallRecipe()).file("yarn.lock", "").rewriteRun("""
                FROM node:18-slim
                RUN yarn install
                """, """
                FROM node:18-slim
                RUN yarn install --frozen-lockfile
                """);
    }

    @Test
    void yarnCacheIsCleaned() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM node:18-slim
                RUN yarn install --frozen-lockfile
                """, """
                FROM node:18-slim
                RUN yarn install --frozen-lockfile && yarn cache clean
                """);
    }

    @Test
    void pnpmInstallUsesTheFrozenLockfile() {
        recipes(new LockfileInstallRecipe()).file("pnpm-lock.yaml", "").rewriteRun("""
                FROM node:18-slim
                RUN pnpm install
                """, """
                FROM node:18-slim
                RUN pnpm install --frozen-lockfile
                """);
    }

    @Test
    void addOfLocalFilesBecomesCopy() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM debian:bookworm-slim
                ADD app.sh /usr/local/bin/
                """, """
                FROM debian:bookworm-slim
                COPY app.sh /usr/local/bin/
                """);
    }

    @Test
    void addOfAnArchiveStaysAdd() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM debian:bookworm-slim
                ADD rootfs.tar.gz /
                """);
    }

    @Test
    void shellFormCmdBecomesExecForm() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM node:18-slim
                CMD node server.js
                """, """
                FROM node:18-slim
                CMD ["node", "server.js"]
                """);
    }

    @Test
    void shellFormEntrypointBecomesExecForm() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM python:3.11-slim
                ENTRYPOINT python app.py
                """, """
                FROM python:3.11-slim
                ENTRYPOINT ["python", "app.py"]
                """);
    }

    @Test
    void shellFormWithShellFeaturesIsKept() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM debian:bookworm-slim
                CMD ./migrate.sh && exec ./server --port $PORT
                """);
    }

    @Test
    void latestBaseIsPinned() {
        recipes(new PinBaseTagRecipe()).rewriteRun("""
                FROM node:latest
                CMD ["node"]
                """, """
                FROM node:22
                CMD ["node"]
                """);
    }

    @Test
    void untaggedBaseIsPinned() {
        recipes(new PinBaseTagRecipe()).rewriteRun("""
                FROM golang AS build
                FROM scratch
                COPY --from=build /app /app
                """, """
                FROM golang:1.23 AS build
                FROM scratch
                COPY --from=build /app /app
                """);
    }

    @Test
    void taggedBaseAndStageReferencesAreLeftAlone() {
        recipes(new PinBaseTagRecipe()).rewriteRun("""
                FROM python:3.11 AS base
                FROM base
                """);
    }

    @Test
    void manifestsAreCopiedAndInstalledBeforeTheSources() {
        recipes(new ManifestsFirstRecipe()).file("package.json", "{}").file("package-lock.json", "{}").rewriteRun("""
                FROM node:18-slim
                WORKDIR /app
                COPY . .
                RUN npm ci
                RUN npm run build
                """, """
                FROM node:18-slim
                WORKDIR /app
                COPY package.json package-lock.json ./
                RUN npm ci
                COPY . .
                RUN npm run build
                """);
    }

    @Test
    void requirementsAreInstalledBeforeTheSources() {
        recipes(new ManifestsFirstRecipe()).file("requirements.txt", "flask==3.0.0\n").rewriteRun("""
                FROM python:3.11-slim
                WORKDIR /srv
                COPY . .
                RUN pip install --upgrade pip
                RUN pip install --no-cache-dir -r requirements.txt
                """, """
                FROM python:3.11-slim
                WORKDIR /srv
                RUN pip install --upgrade pip
                COPY requirements.txt ./
                RUN pip install --no-cache-dir -r requirements.txt
                COPY . .
                """);
    }

    @Test
    void requirementsNamingLocalPathsStayAfterTheSources() {
        recipes(new ManifestsFirstRecipe()).file("requirements.txt", "-e .\n").rewriteRun("""
                FROM python:3.11-slim
                COPY . .
                RUN pip install -r requirements.txt
                """);
    }

    @Test
    void aBuildStepBetweenCopyAndInstallBlocksTheMove() {
        recipes(new ManifestsFirstRecipe()).file("package.json", "{}").file("package-lock.json", "{}").rewriteRun("""
                FROM node:18-slim
                COPY . .
                RUN node scripts/prepare.js
                RUN npm ci
                """);
    }

    @Test
    void nonRootUserOnADebianBase() {
        recipes(new NonRootUserRecipe()).rewriteRun("""
                FROM python:3.11-slim
                WORKDIR /app
                COPY . .
                CMD ["python", "app.py"]
                """, """
                FROM python:3.11-slim
                WORKDIR /app
                COPY --chown=1001:1001 . .
                RUN groupadd --gid 1001 appuser && useradd --uid 1001 --gid 1001 --create-home --shell /usr/sbin/nologin appuser
                USER 1001:1001
                CMD ["python", "app.py"]
                """);
    }

    @Test
    void nginxStartsAsItsOwnUserWithTheRuntimePathsItWritesAndKeepsPort80() {
        recipes(new NonRootUserRecipe()).rewriteRun("""
                FROM nginx:1.22
                COPY dist /usr/share/nginx/html
                EXPOSE 80
                CMD ["nginx", "-g", "daemon off;"]
                """, """
                FROM nginx:1.22
                COPY dist /usr/share/nginx/html
                EXPOSE 80
                RUN mkdir -p /var/cache/nginx /var/lib/nginx /var/log/nginx && touch /run/nginx.pid && chown -R 101:101 /var/cache/nginx /var/lib/nginx /var/log/nginx /run/nginx.pid
                USER 101:101
                CMD ["nginx", "-g", "daemon off;"]
                """);
    }

    @Test
    void nginxUnprivilegedKeepsItsOwnUserInsteadOfCreatingOneItCouldNotCreate() {
        recipes(new NonRootUserRecipe()).rewriteRun("""
                FROM nginxinc/nginx-unprivileged:1.22
                COPY dist /usr/share/nginx/html
                """, """
                FROM nginxinc/nginx-unprivileged:1.22
                COPY --chown=101:101 dist /usr/share/nginx/html
                USER 101:101
                """);
    }

    @Test
    void nonRootUserOnANodeImageIsTheNodeUser() {
        recipes(new NonRootUserRecipe()).rewriteRun("""
                FROM node:18-slim
                COPY server.js .
                CMD ["node", "server.js"]
                """, """
                FROM node:18-slim
                COPY --chown=1000:1000 server.js .
                USER 1000:1000
                CMD ["node", "server.js"]
                """);
    }

    @Test
    void nonRootUserOnAlpineUsesAdduser() {
        recipes(new NonRootUserRecipe()).options(OptimizeOptions.defaults().withUser("svc", 2000)).rewriteRun("""
                FROM python:3.11-alpine
                COPY app.py /app/
                CMD ["python", "/app/app.py"]
                """, """
                FROM python:3.11-alpine
                COPY --chown=2000:2000 app.py /app/
                RUN addgroup -g 2000 -S svc && adduser -u 2000 -S -G svc -s /sbin/nologin svc
                USER 2000:2000
                CMD ["python", "/app/app.py"]
                """);
    }

    @Test
    void privilegedPortKeepsRoot() {
        recipes(new NonRootUserRecipe()).rewriteRun("""
                FROM node:18-slim
                EXPOSE 80
                CMD ["node", "server.js"]
                """);
    }

    @Test
    void existingUserIsLeftAlone() {
        recipes(new NonRootUserRecipe()).rewriteRun("""
                FROM node:18-slim
                USER node
                CMD ["node", "server.js"]
                """);
    }

    @Test
    void healthcheckWithNodeOnTheExposedPort() {
        recipes(new HealthcheckRecipe()).options(new OptimizeOptions(OptimizeOptions.defaults().family(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of("/ready"),
                java.util.Optional.empty(), false)).rewriteRun("""
                FROM node:18-slim
                EXPOSE 8080
                CMD ["node", "server.js"]
                """, """
                FROM node:18-slim
                EXPOSE 8080
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["node", "-e", "require('http').get('http://127.0.0.1:8080/ready',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
                CMD ["node", "server.js"]
                """);
    }

    @Test
    void healthcheckWithPythonFindsTheRouteInTheSources() {
        recipes(new HealthcheckRecipe()).file("app.py", "@app.get('/healthz')\ndef ok(): return 'ok'\n").rewriteRun("""
                FROM python:3.11-slim
                EXPOSE 8000
                CMD ["gunicorn", "app:app"]
                """, """
                FROM python:3.11-slim
                EXPOSE 8000
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["python", "-c", "import sys,urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=8); sys.exit(0)"]
                CMD ["gunicorn", "app:app"]
                """);
    }

    @Test
    void healthcheckFromTheUsersCommand() {
        recipes(new HealthcheckRecipe()).options(OptimizeOptions.defaults().withHealthCmd("/app/check --quick")).rewriteRun("""
                FROM debian:bookworm-slim
                CMD ["/app/server"]
                """, """
                FROM debian:bookworm-slim
                HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD /app/check --quick
                CMD ["/app/server"]
                """);
    }

    @Test
    void noHealthcheckWhenNoProbeIsKnownOrItIsSwitchedOff() {
        recipes(new HealthcheckRecipe()).rewriteRun("""
                FROM debian:bookworm-slim
                CMD ["/app/server"]
                """);
        recipes(new HealthcheckRecipe()).options(OptimizeOptions.defaults().withoutHealthcheck()).rewriteRun("""
                FROM node:18-slim
                EXPOSE 3000
                CMD ["node", "server.js"]
                """);
    }

    @Test
    void maintainerBecomesALabel() {
        recipes(new RuleFixRecipe()).rewriteRun("""
                FROM debian:bookworm-slim
                MAINTAINER ops@example.com
                """, """
                FROM debian:bookworm-slim
                LABEL org.opencontainers.image.authors="ops@example.com"
                """);
    }
}
