package dev.slimline.scan.version;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EcosystemTest {

    @Test
    void osvNamesWithReleasesMapToTheirBaseEcosystem() {
        assertThat(Ecosystem.fromOsv("Debian:12")).contains(Ecosystem.DEBIAN);
        assertThat(Ecosystem.fromOsv("Alpine:v3.19")).contains(Ecosystem.ALPINE);
        assertThat(Ecosystem.fromOsv("Ubuntu:22.04:LTS")).contains(Ecosystem.UBUNTU);
        assertThat(Ecosystem.fromOsv("PyPI")).contains(Ecosystem.PYPI);
        assertThat(Ecosystem.fromOsv("Hex")).isEmpty();
        assertThat(Ecosystem.fromOsv("pypi")).as("OSV names are case-sensitive").isEmpty();
    }

    @Test
    void userInputIsCaseInsensitive() {
        assertThat(Ecosystem.fromUserInput(" pypi ")).contains(Ecosystem.PYPI);
        assertThat(Ecosystem.fromUserInput("NPM")).contains(Ecosystem.NPM);
        assertThat(Ecosystem.fromUserInput("cargo")).isEmpty();
    }

    @Test
    void operatingSystemEcosystemsMatchBySourcePackage() {
        assertThat(Ecosystem.DEBIAN.isOperatingSystem()).isTrue();
        assertThat(Ecosystem.ALPINE.isOperatingSystem()).isTrue();
        assertThat(Ecosystem.NPM.isOperatingSystem()).isFalse();
    }
}
