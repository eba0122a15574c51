package dev.slimline.optimize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuntimeLibrariesTest {

    private final RuntimeLibraries libraries = RuntimeLibraries.bundled();

    @Test
    void devPackagesMapToTheirRuntimeLibrariesOnSlimImages() {
        assertThat(libraries.debianRuntime(List.of("gcc", "libpq-dev", "libxml2-dev", "libjpeg-dev")))
                .containsExactly("libpq5", "libxml2", "libjpeg62-turbo");
    }

    @Test
    void librariesTheSlimImageAlreadyHasAreNotInstalledAgain() {
        assertThat(libraries.debianRuntime(List.of("zlib1g-dev", "libffi-dev", "libssl-dev"))).isEmpty();
        assertThat(libraries.alpineRuntime(List.of("zlib1g-dev", "libffi-dev", "libssl-dev")))
                .containsExactly("libffi", "libssl3", "zlib");
    }

    @Test
    void buildToolsAreRecognised() {
        assertThat(libraries.isBuildTool("build-essential")).isTrue();
        assertThat(libraries.isBuildTool("libpq-dev")).isTrue();
        assertThat(libraries.isBuildTool("libpq5")).isFalse();
    }
}
