package dev.slimline.rule.builtin;

import static dev.slimline.rule.RuleTester.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.rule.Finding;
import dev.slimline.rule.LintOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per security rule: firing and non-firing cases, with the multi-stage and ARG traps. */
class SecurityRulesTest {

    @Test
    void runsAsRootLooksOnlyAtTheFinalImage() {
        check("""
                FROM node:20 AS build
                USER root
                # expect: SL2001
                FROM node:20-slim
                RUN npm ci
                """, new RunsAsRoot());
        check("""
                FROM node:20-slim
                USER node
                # expect: SL2001
                USER root
                """, new RunsAsRoot());
        check("""
                FROM node:20 AS build
                USER root
                RUN npm ci
                FROM node:20-slim
                USER 1001
                """, new RunsAsRoot());
        // the USER set in the stage the final one is FROM is inherited
        check("""
                FROM python:3.11-slim AS base
                USER app
                FROM base
                RUN echo hi
                """, new RunsAsRoot());
        check("""
                FROM gcr.io/distroless/static:nonroot
                COPY app /app
                """, new RunsAsRoot());
    }

    @Test
    void runsAsRootJudgesTheTargetStage() {
        String text = """
                FROM debian:12 AS debug
                RUN echo debug
                FROM debian:12
                USER 1001
                """;
        check(text, new RunsAsRoot());
        List<Finding> findings = dev.slimline.rule.Linter.builtinEngine().run(
                dev.slimline.dockerfile.DockerfileParser.parse(text, null), LintOptions.defaults().withTarget("debug"));
        assertThat(findings).extracting(f -> f.line() + ":" + f.ruleId()).contains("1:SL2001");
    }

    @Test
    void addForLocalFiles() {
        List<Finding> findings = check("""
                FROM debian:12
                # expect: SL2002
                ADD app.py /app/
                ADD https://example.test/tool.tgz /tmp/
                ADD rootfs.tar.gz /
                ADD git@github.test:org/repo.git /src
                COPY app.py /app/
                """, new AddForLocalFiles());
        assertThat(findings.get(0).fix()).hasValueSatisfying(fix -> assertThat(fix.edits().get(0).replacement()).isEqualTo("COPY app.py /app/"));
    }

    @Test
    void unpinnedBaseImageResolvesArgs() {
        check("""
                ARG BASE=python:3.11
                ARG UNSET
                # expect: SL2003
                FROM ubuntu
                # expect: SL2003
                FROM node:latest AS web
                FROM ${BASE} AS py
                FROM ${UNSET}
                FROM py
                FROM scratch
                FROM alpine@sha256:0000000000000000000000000000000000000000000000000000000000000000
                FROM registry.test:5000/team/app:1.2
                """, new UnpinnedBaseImage());
        check("""
                ARG BASE=python:3.11
                # expect: SL2003
                FROM ${BASE}
                """, LintOptions.defaults().withBuildArgs(Map.of("BASE", "python")), new UnpinnedBaseImage());
    }

    @Test
    void secretInArgOrEnv() {
        check("""
                # expect: SL2004
                ARG GITHUB_TOKEN
                FROM debian:12
                # expect: SL2004
                ARG DB_PASSWORD=changeme
                # expect: SL2004, SL2004
                ENV AWS_SECRET_ACCESS_KEY=abc API_KEY=x
                ARG AWS_REGION=eu-west-1
                ENV PASSWORD_FILE=/run/secrets/db TOKEN_URL=https://auth.test/token
                ENV PUBLIC_KEY_URL=https://keys.test
                """, new SecretInArgOrEnv());
    }

    @Test
    void secretFindingsPointAtEachName() {
        List<Finding> findings = check("""
                FROM debian:12
                # expect: SL2004 SL2004
                ENV AWS_SECRET_ACCESS_KEY=abc API_KEY=x
                """, new SecretInArgOrEnv());
        assertThat(findings).extracting(Finding::column).containsExactly(5, 31);
    }

    @Test
    void remoteScriptPipedToShell() {
        check("""
                FROM debian:12
                # expect: SL2005
                RUN curl -fsSL https://get.example.test | sh
                # expect: SL2005
                RUN wget -qO- https://x.test/i.sh | bash -s -- --yes
                RUN curl -fsSL https://x.test/a.tgz | tar xz -C /opt
                RUN curl -fsSLo /tmp/i.sh https://x.test/i.sh && sha256sum -c sums && sh /tmp/i.sh
                """, new RemoteScriptPipedToShell());
    }

    @Test
    void sudoInRun() {
        check("""
                FROM debian:12
                # expect: SL2006
                RUN sudo apt-get update
                RUN apt-get install -y sudo
                RUN echo "sudo is a word"
                """, new SudoInRun());
    }

    @Test
    void worldWritablePermissions() {
        check("""
                FROM debian:12 AS build
                RUN chmod 777 /tmp/build
                FROM debian:12
                # expect: SL2007
                RUN chmod -R 777 /app
                # expect: SL2007
                COPY --chmod=0777 app /app
                RUN chmod 755 /app && chmod +x /entry.sh
                COPY --chmod=755 app /app
                """, new WorldWritablePermissions());
    }

    @Test
    void sshPortExposed() {
        check("""
                FROM debian:12
                # expect: SL2008
                EXPOSE 80 22/tcp
                EXPOSE 2222 8022
                """, new SshPortExposed());
    }

    @Test
    void privateKeyCopied() {
        check("""
                FROM debian:12
                # expect: SL2009
                COPY id_rsa /root/.ssh/id_rsa
                # expect: SL2009
                ADD certs/server.key /etc/ssl/private/
                # expect: SL2009
                COPY .ssh/ /root/.ssh/
                COPY --from=build /app/key-value-store /app/
                COPY public.crt /etc/ssl/certs/
                COPY keys.py /app/
                """, new PrivateKeyCopied());
    }

    @Test
    void dotEnvCopied() {
        check("""
                FROM node:20-slim
                # expect: SL2010
                COPY .env /app/
                # expect: SL2010
                COPY .env.production config/ /app/
                COPY .env.example /app/
                COPY env.js /app/
                """, new DotEnvCopied());
    }

    @Test
    void tlsVerificationDisabled() {
        check("""
                FROM debian:12
                # expect: SL2011
                RUN curl -k -o /tmp/x https://x.test/x
                # expect: SL2011
                RUN pip install --trusted-host pypi.internal.test flask==3.0.0
                # expect: SL2011
                RUN npm config set strict-ssl false
                # expect: SL2011
                RUN apt-get install -y --allow-unauthenticated foo
                RUN curl -fsSL -o /tmp/x https://x.test/x
                RUN git config --global http.sslVerify true
                """, new TlsVerificationDisabled());
    }

    @Test
    void addUrlWithoutChecksum() {
        check("""
                FROM debian:12
                # expect: SL2012
                ADD https://x.test/tool.tgz /tmp/
                ADD --checksum=sha256:0000000000000000000000000000000000000000000000000000000000000000 https://x.test/tool.tgz /tmp/
                ADD local.tar.gz /
                """, new AddUrlWithoutChecksum());
    }

    @Test
    void credentialsInUrl() {
        check("""
                FROM debian:12
                # expect: SL2013
                RUN git clone https://bot:s3cr3t@git.test/org/repo.git
                # expect: SL2013
                ENV PIP_INDEX_URL=https://user:pass@pypi.internal.test/simple
                RUN git clone https://git.test/org/repo.git
                ENV HOME_URL=https://www.test/a@b
                """, new CredentialsInUrl());
    }
}
