package dev.slimline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.knowledge.BaseImageChoice.Family;
import org.junit.jupiter.api.Test;

class BaseImageChoiceTest {

    private final BaseImageChoice choice = new BaseImageChoice(KnowledgeCatalog.bundled());

    private String target(String reference, Family family, StackNeeds needs) {
        return choice.slimmerSibling(reference, family, needs).map(c -> c.to().reference()).orElse("none");
    }

    @Test
    void eachFamilyKeepsTheRuntimeVersion() {
        assertThat(target("python:3.11", Family.SLIM, StackNeeds.NONE)).isEqualTo("python:3.11-slim");
        assertThat(target("python:3.11", Family.ALPINE, StackNeeds.NONE)).isEqualTo("python:3.11-alpine");
        assertThat(target("python:3.11", Family.DISTROLESS, StackNeeds.NONE))
                .isEqualTo("gcr.io/distroless/python3-debian12:latest");
        assertThat(target("node:20", Family.DISTROLESS, StackNeeds.NONE))
                .isEqualTo("gcr.io/distroless/nodejs20-debian12:latest");
    }

    @Test
    void distrolessIsOnlyOfferedForTheVersionItShips() {
        // distroless python3-debian12 is Python 3.11: a 3.12 app cannot move there
        assertThat(target("python:3.12", Family.DISTROLESS, StackNeeds.NONE)).isEqualTo("none");
    }

    @Test
    void autoTakesTheSmallestCompatibleFamily() {
        assertThat(target("node:18", Family.AUTO, StackNeeds.NONE)).isEqualTo("node:18-alpine");
        StackNeeds nativeModule = StackNeeds.NONE.withGlibc("gcc compiles a C extension");
        assertThat(target("node:18", Family.AUTO, nativeModule))
                .isEqualTo("gcr.io/distroless/nodejs18-debian12:latest");
        StackNeeds nativeAndShell = nativeModule.withShell("CMD is in shell form");
        assertThat(target("node:18", Family.AUTO, nativeAndShell)).isEqualTo("node:18-slim");
    }

    @Test
    void reasonNamesTheTargetAndTheNeedsThatShapedIt() {
        BaseImageChoice.Choice chosen = choice.slimmerSibling("python:3.11", Family.AUTO,
                StackNeeds.NONE.withGlibc("libpq-dev compiled into psycopg2").withShell("shell-form CMD")).orElseThrow();

        assertThat(chosen.to().reference()).isEqualTo("python:3.11-slim");
        assertThat(chosen.reason()).contains("python 3.11").contains("python:3.11-slim")
                .contains("glibc kept: libpq-dev compiled into psycopg2").contains("shell kept: shell-form CMD");
        assertThat(chosen.savedBytes()).isGreaterThan(800_000_000L);
    }

    @Test
    void toolchainImagesDeployOnWhatTheirOutputRunsOn() {
        assertThat(target("golang:1.22", Family.AUTO, StackNeeds.NONE))
                .isEqualTo("gcr.io/distroless/static-debian12:latest");
        assertThat(target("maven:3.9-eclipse-temurin-17", Family.SLIM, StackNeeds.NONE))
                .isEqualTo("eclipse-temurin:17-jre");
        assertThat(choice.slimmerSibling("maven:3.9-eclipse-temurin-17", Family.SLIM).orElseThrow().reason())
                .startsWith("maven:3.9-eclipse-temurin-17 is a toolchain image");
    }

    @Test
    void alreadyLeanOrUnknownImagesHaveNoSibling() {
        assertThat(choice.slimmerSibling("gcr.io/distroless/static-debian12", Family.AUTO)).isEmpty();
        assertThat(choice.slimmerSibling("python:3.11-alpine", Family.AUTO)).isEmpty();
        assertThat(choice.slimmerSibling("example.com/internal/base:7", Family.AUTO)).isEmpty();
    }

    @Test
    void packageManagerNeedRulesOutDistroless() {
        assertThat(target("debian:bookworm", Family.AUTO, StackNeeds.NONE))
                .isEqualTo("gcr.io/distroless/base-debian12:latest");
        assertThat(target("debian:bookworm", Family.AUTO, StackNeeds.NONE.withPackageManager("apt-get at run time")))
                .isEqualTo("debian:bookworm-slim");
    }
}
