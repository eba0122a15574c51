package dev.slimline.rule.builtin;

import static dev.slimline.rule.RuleTester.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.rule.BaseImageKnowledge;
import dev.slimline.rule.Finding;
import dev.slimline.rule.LintOptions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** One test per size rule: firing and non-firing cases, with the multi-stage and ARG traps. */
class SizeRulesTest {

    @Test
    void aptListsNotRemoved() {
        String text = """
                FROM debian:12 AS build
                # builder stages do not ship: no finding
                RUN apt-get update && apt-get install -y gcc
                FROM debian:12
                # expect: SL1001
                RUN apt-get update && apt-get install -y --no-install-recommends curl
                RUN apt-get update && apt-get install -y curl \\
                    && rm -rf /var/lib/apt/lists/*
                RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl
                RUN apt-get install -y ./local.deb && rm -rf /var/lib/apt/lists
                """;
        List<Finding> findings = check(text, new AptListsNotRemoved());
        assertThat(findings.get(0).fix()).hasValueSatisfying(fix -> assertThat(fix.applyTo(text))
                .contains("\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n"));
    }

    @Test
    void aptRecommendsInstalled() {
        List<Finding> findings = check("""
                FROM debian:12
                # expect: SL1002
                RUN apt-get update && apt-get -y install curl && rm -rf /var/lib/apt/lists/*
                RUN apt-get install -y --no-install-recommends curl
                RUN apt-get install -y -o APT::Install-Recommends=false curl
                RUN apt-get update
                """, new AptRecommendsInstalled());
        assertThat(findings.get(0).fix()).hasValueSatisfying(fix -> assertThat(fix.edits().get(0).replacement())
                .isEqualTo("RUN apt-get update && apt-get -y install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*"));
    }

    @Test
    void apkCacheKept() {
        check("""
                FROM alpine:3.20 AS build
                RUN apk add gcc
                FROM alpine:3.20
                # expect: SL1003
                RUN apk update && apk add curl
                RUN apk add --no-cache curl
                RUN apk add curl && rm -rf /var/cache/apk/*
                RUN apk del curl
                """, new ApkCacheKept());
    }

    @Test
    void pipCacheKept() {
        check("""
                FROM python:3.11-slim
                # expect: SL1004
                RUN pip install -r requirements.txt
                # expect: SL1004
                RUN python3 -m pip install flask==3.0.0
                RUN pip install --no-cache-dir -r requirements.txt
                RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
                RUN pip install x==1 && rm -rf /root/.cache/pip
                """, new PipCacheKept());
        check("""
                FROM python:3.11-slim
                ENV PIP_NO_CACHE_DIR=1
                RUN pip install -r requirements.txt
                """, new PipCacheKept());
    }

    @Test
    void npmCacheKept() {
        check("""
                FROM node:20-slim
                # expect: SL1005
                RUN npm ci --omit=dev
                RUN npm ci --omit=dev && npm cache clean --force
                RUN npm run build
                RUN yarn install
                """, new NpmCacheKept());
    }

    @Test
    void yarnCacheKept() {
        check("""
                FROM node:20-slim
                # expect: SL1006
                RUN yarn install --frozen-lockfile --production
                RUN yarn install --frozen-lockfile && yarn cache clean
                RUN npm ci
                """, new YarnCacheKept());
    }

    @Test
    void yumCacheKept() {
        check("""
                FROM rockylinux:9
                # expect: SL1007
                RUN yum install -y httpd
                # expect: SL1007
                RUN dnf -y install nginx
                RUN microdnf install -y nginx && microdnf clean all
                RUN yum install -y httpd && rm -rf /var/cache/yum
                """, new YumCacheKept());
    }

    @Test
    void buildToolsInFinalImage() {
        check("""
                FROM python:3.11 AS build
                RUN apt-get update && apt-get install -y build-essential libpq-dev
                FROM python:3.11-slim AS base
                # expect: SL1008
                RUN apt-get update && apt-get install -y gcc libpq5
                FROM base
                RUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install x && apk del .build-deps
                RUN apt-get install -y make && apt-get purge -y make
                # expect: SL1008
                RUN dnf install -y gcc-c++ && dnf clean all
                RUN apt-get install -y libpq5 curl
                """, new BuildToolsInFinalImage());
    }

    @Test
    void singleStageBuild() {
        check("""
                # expect: SL1009
                FROM python:3.11
                RUN apt-get update && apt-get install -y build-essential
                """, new SingleStageBuild());
        check("""
                # expect: SL1009
                FROM golang:1.22
                RUN go build -o /app .
                """, new SingleStageBuild());
        check("""
                # expect: SL1009
                FROM node:18
                RUN npm ci && npm run build
                """, new SingleStageBuild());
        check("""
                FROM golang:1.22 AS build
                RUN go build -o /app .
                FROM gcr.io/distroless/static
                COPY --from=build /app /app
                """, new SingleStageBuild());
        check("""
                FROM python:3.11-slim
                RUN pip install --no-cache-dir flask==3.0.0
                """, new SingleStageBuild());
    }

    @Test
    void fullBaseImageWithArgResolved() {
        check("""
                ARG PY=3.11
                FROM python:${PY} AS build
                FROM node:20-alpine AS assets
                # expect: SL1010
                FROM python:${PY}
                COPY --from=build /x /x
                """, new FullBaseImage());
        check("""
                FROM python:3.11 AS build
                FROM python:3.11-slim
                """, new FullBaseImage());
        // a build argument changes the answer: the slim tag given at build time is not flagged
        check("""
                ARG PY=3.11
                FROM python:${PY}
                """, LintOptions.defaults().withBuildArgs(Map.of("PY", "3.12-slim")), new FullBaseImage());
    }

    @Test
    void fullBaseImageUsesTheKnowledgeGiven() {
        BaseImageKnowledge catalog = image -> image.equals("ubuntu:22.04")
                ? Optional.of(new BaseImageKnowledge.SlimmerImage("ubuntu:22.04-minimal", OptionalLong.of(77_000_000), OptionalLong.of(29_000_000)))
                : Optional.empty();
        List<Finding> findings = check("""
                # expect: SL1010
                FROM ubuntu:22.04
                """, LintOptions.defaults().withKnowledge(catalog), new FullBaseImage());
        assertThat(findings.get(0).message()).contains("ubuntu:22.04-minimal is smaller (77 MB vs 29 MB)");
    }

    @Test
    void devDependenciesInImage() {
        check("""
                FROM node:20 AS build
                RUN npm ci && npm run build
                FROM node:20-slim
                # expect: SL1011
                RUN npm install
                RUN npm ci --omit=dev
                RUN npm install express@4.19.0
                """, new DevDependenciesInImage());
        check("""
                FROM node:20-slim
                RUN npm ci && npm run build && npm prune --omit=dev
                """, new DevDependenciesInImage());
        check("""
                FROM node:20-slim
                ENV NODE_ENV=production
                RUN npm ci
                """, new DevDependenciesInImage());
    }

    @Test
    void consecutiveRuns() {
        check("""
                FROM debian:12
                # expect: SL1012
                RUN a
                RUN b
                RUN c
                COPY x /x
                RUN d
                RUN e
                RUN --mount=type=cache,target=/x f
                """, new ConsecutiveRuns());
    }

    @Test
    void gemDocsInstalled() {
        check("""
                FROM ruby:3.3-slim
                # expect: SL1013
                RUN gem install bundler
                RUN gem install bundler --no-document
                RUN bundle install
                """, new GemDocsInstalled());
    }

    @Test
    void cleanupInSeparateLayer() {
        check("""
                FROM debian:12
                RUN apt-get update && apt-get install -y curl
                # expect: SL1014
                RUN rm -rf /var/lib/apt/lists/*
                # expect: SL1014
                RUN apt-get clean && rm -rf /tmp/*
                RUN rm -rf /app/tests
                RUN apt-get install -y git && apt-get clean
                """, new CleanupInSeparateLayer());
    }

    @Test
    void useraddLogBloat() {
        check("""
                FROM debian:12
                # expect: SL1015
                RUN useradd -u 123456789 app
                RUN useradd -l -u 123456789 app
                RUN useradd -u 1001 app
                """, new UseraddLogBloat());
    }
}
