package dev.slimline.rule.builtin;

import static dev.slimline.rule.RuleTester.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.rule.Finding;
import dev.slimline.rule.LintOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per reliability/maintainability rule: firing and non-firing cases. */
class ReliabilityRulesTest {

    @Test
    void missingHealthcheck() {
        check("""
                FROM node:20 AS build
                HEALTHCHECK CMD true
                # expect: SL3001
                FROM node:20-slim
                CMD ["node", "server.js"]
                """, new MissingHealthcheck());
        check("""
                FROM node:20-slim AS base
                HEALTHCHECK CMD curl -f http://localhost/health || exit 1
                FROM base
                CMD ["node", "server.js"]
                """, new MissingHealthcheck());
        check("""
                FROM debian:12
                HEALTHCHECK NONE
                """, new MissingHealthcheck());
    }

    @Test
    void shellFormCommand() {
        List<Finding> findings = check("""
                FROM node:20 AS build
                CMD npm test
                FROM node:20-slim
                # expect: SL3002
                ENTRYPOINT node server.js
                # expect: SL3002
                CMD node server.js --port $PORT
                CMD ["node", "server.js"]
                """, new ShellFormCommand());
        assertThat(findings.get(0).fix()).hasValueSatisfying(fix ->
                assertThat(fix.edits().get(0).replacement()).isEqualTo("ENTRYPOINT [\"node\", \"server.js\"]"));
        assertThat(findings.get(1).fix()).isEmpty();
    }

    @Test
    void relativeWorkdir() {
        check("""
                FROM debian:12
                # expect: SL3003
                WORKDIR app
                WORKDIR /app
                WORKDIR $HOME/app
                """, new RelativeWorkdir());
    }

    @Test
    void copyToRelativeWithoutWorkdir() {
        check("""
                FROM node:20 AS base
                WORKDIR /app
                FROM base
                COPY package.json .
                FROM debian:12
                # expect: SL3004
                COPY app.py app/
                COPY app.py /srv/
                WORKDIR /srv
                COPY app.py .
                """, new CopyToRelativeWithoutWorkdir());
    }

    @Test
    void sourceCopiedBeforeDependencyInstall() {
        check("""
                FROM node:20-slim
                WORKDIR /app
                # expect: SL3005
                COPY . .
                RUN npm ci
                FROM python:3.11-slim
                WORKDIR /app
                COPY requirements.txt .
                RUN pip install --no-cache-dir -r requirements.txt
                COPY . .
                RUN python -m compileall .
                FROM golang:1.22
                # expect: SL3005
                COPY ./ /src/
                RUN go mod download
                """, new SourceCopiedBeforeDependencyInstall());
    }

    @Test
    void multipleCmdEntrypointHealthcheck() {
        check("""
                FROM debian:12 AS a
                # expect: SL3006
                CMD ["a"]
                CMD ["b"]
                FROM debian:12
                CMD ["c"]
                """, new MultipleCmd());
        check("""
                FROM debian:12
                # expect: SL3007
                ENTRYPOINT ["a"]
                ENTRYPOINT ["b"]
                """, new MultipleEntrypoint());
        check("""
                FROM debian:12
                # expect: SL3008
                HEALTHCHECK CMD a
                HEALTHCHECK CMD b
                FROM debian:12
                HEALTHCHECK CMD c
                """, new MultipleHealthcheck());
    }

    @Test
    void invalidExposedPort() {
        check("""
                FROM debian:12
                # expect: SL3009
                EXPOSE 70000
                # expect: SL3009
                EXPOSE http
                EXPOSE 80 443/tcp 53/udp 8000-8010 ${PORT}
                """, new InvalidExposedPort());
    }

    @Test
    void maintainerDeprecated() {
        String text = """
                FROM debian:12
                # expect: SL3010
                MAINTAINER Jo Doe <jo@example.test>
                LABEL org.opencontainers.image.authors="Jo"
                """;
        List<Finding> findings = check(text, new MaintainerDeprecated());
        assertThat(findings.get(0).fix().orElseThrow().applyTo(text))
                .contains("\nLABEL org.opencontainers.image.authors=\"Jo Doe <jo@example.test>\"\n");
    }

    @Test
    void cdInsteadOfWorkdir() {
        check("""
                FROM debian:12
                # expect: SL3011
                RUN cd /app && make
                RUN make -C /app
                RUN echo cd
                """, new CdInsteadOfWorkdir());
    }

    @Test
    void versionPinning() {
        check("""
                FROM debian:12
                # expect: SL3012
                RUN apt-get install -y curl=7.88.1-10 git
                RUN apt-get install -y curl=7.88.1-10 ./pkg.deb
                """, new AptVersionsNotPinned());
        check("""
                FROM python:3.11-slim
                # expect: SL3013
                RUN pip install flask gunicorn==22.0.0
                RUN pip install -r requirements.txt && pip install . && pip install "django>=4,<5"
                """, new PipVersionsNotPinned());
        check("""
                FROM node:20-slim
                # expect: SL3014
                RUN npm install -g typescript @types/node@20.1.0
                RUN npm install -g @scope/tool@1.2.3 && npm ci
                """, new NpmVersionsNotPinned());
        check("""
                FROM alpine:3.20
                # expect: SL3015
                RUN apk add --no-cache curl
                RUN apk add --no-cache curl=8.9.0-r0 && apk add --no-cache --virtual .deps gcc~13
                """, new ApkVersionsNotPinned());
        check("""
                FROM ruby:3.3-slim
                # expect: SL3026
                RUN gem install rails
                RUN gem install rails -v 7.1.3 && gem install bundler:2.5.0
                """, new GemVersionsNotPinned());
    }

    @Test
    void copyFromUnknownStage() {
        check("""
                ARG BUILDER=build
                FROM golang:1.22 AS build
                # expect: SL3016
                COPY --from=build /x /y
                FROM debian:12
                COPY --from=build /app /app
                COPY --from=${BUILDER} /app /app
                COPY --from=0 /app /app
                COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/
                # expect: SL3016
                COPY --from=builder /app /app
                # expect: SL3016
                COPY --from=later /app /app
                FROM debian:12 AS later
                """, new CopyFromUnknownStage());
    }

    @Test
    void duplicateStageName() {
        check("""
                FROM debian:12 AS build
                FROM debian:12 AS test
                # expect: SL3017
                FROM debian:12 AS Build
                """, new DuplicateStageName());
    }

    @Test
    void hardcodedPlatform() {
        check("""
                # expect: SL3018
                FROM --platform=linux/amd64 debian:12 AS a
                FROM --platform=$BUILDPLATFORM golang:1.22 AS b
                FROM debian:12
                """, new HardcodedPlatform());
    }

    @Test
    void aptInScript() {
        check("""
                FROM debian:12
                # expect: SL3019
                RUN apt update && apt install -y curl
                RUN apt-get update && apt-get install -y curl
                """, new AptInScript());
    }

    @Test
    void packageIndexUpdateAlone() {
        check("""
                FROM debian:12
                # expect: SL3020
                RUN apt-get update
                RUN apt-get install -y curl
                RUN apt-get update && apt-get install -y curl
                FROM alpine:3.20
                # expect: SL3020
                RUN apk update
                RUN apk update && apk add curl
                """, new PackageIndexUpdateAlone());
    }

    @Test
    void packageUpgradeInBuild() {
        check("""
                FROM debian:12
                # expect: SL3021
                RUN apt-get update && apt-get -y dist-upgrade
                # expect: SL3021
                RUN apk upgrade
                RUN apk upgrade --no-cache openssl
                RUN yum update -y openssl
                """, new PackageUpgradeInBuild());
    }

    @Test
    void missingAssumeYes() {
        check("""
                FROM debian:12
                # expect: SL3022
                RUN apt-get install curl
                # expect: SL3022
                RUN dnf install nginx
                RUN apt-get -qqy install curl && apt-get install --yes git
                RUN microdnf install nginx
                """, new MissingAssumeYes());
    }

    @Test
    void undefinedArgInFrom() {
        check("""
                ARG VERSION=3.11
                FROM python:${VERSION}
                # expect: SL3023
                FROM node:${NODE_VERSION}
                FROM --platform=$BUILDPLATFORM golang:1.22
                ARG INNER=1
                # expect: SL3023
                FROM debian:${INNER}
                """, new UndefinedArgInFrom());
    }

    @Test
    void copyMultipleSourcesToFile() {
        check("""
                FROM node:20-slim
                # expect: SL3024
                COPY package.json package-lock.json /app
                COPY package.json package-lock.json /app/
                COPY package.json /app/package.json
                """, new CopyMultipleSourcesToFile());
    }

    @Test
    void pipefailMissing() {
        check("""
                FROM debian:12
                # expect: SL3025
                RUN curl -fsSL https://x.test/a.tgz | tar xz
                RUN set -o pipefail && curl -fsSL https://x.test/a.tgz | tar xz
                RUN curl -fsSLo /tmp/a https://x.test/a
                SHELL ["/bin/bash", "-o", "pipefail", "-c"]
                RUN curl -fsSL https://x.test/a.tgz | tar xz
                FROM debian:12
                # expect: SL3025
                RUN cat /etc/os-release | grep ID
                """, new PipefailMissing());
    }

    @Test
    void curlAndWgetBoth() {
        check("""
                FROM debian:12
                RUN curl -fsSLo /a https://x.test/a
                # expect: SL3027
                RUN wget -q https://x.test/b
                FROM debian:12
                RUN wget -q https://x.test/b
                """, new CurlAndWgetBoth());
    }

    @Test
    void debianFrontendInEnv() {
        check("""
                FROM debian:12
                # expect: SL3028
                ENV DEBIAN_FRONTEND=noninteractive
                ARG DEBIAN_FRONTEND=noninteractive
                RUN DEBIAN_FRONTEND=noninteractive apt-get install -y curl
                """, new DebianFrontendInEnv());
    }

    @Test
    void buildArgsReachCopyFrom() {
        check("""
                ARG FROM_STAGE=nope
                FROM debian:12 AS build
                FROM debian:12
                COPY --from=${FROM_STAGE} /a /a
                """, LintOptions.defaults().withBuildArgs(Map.of("FROM_STAGE", "build")), new CopyFromUnknownStage());
    }
}
