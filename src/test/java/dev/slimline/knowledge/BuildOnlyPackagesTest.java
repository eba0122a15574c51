package dev.slimline.knowledge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one definition of build-only packages: what it says, and that it carries its provenance. */
class BuildOnlyPackagesTest {

    private final BuildOnlyPackages packages = BuildOnlyPackages.bundled();

    @Test
    void compilersHeadersAndVersionedCompilersAreBuildOnlyWhateverThePin() {
        assertThat(packages.isCompilerOrHeaders("gcc=4:12.2.0-3")).isTrue();
        assertThat(packages.isCompilerOrHeaders("clang-14")).isTrue();
        assertThat(packages.isCompilerOrHeaders("libpq-dev:amd64")).isTrue();
        assertThat(packages.isCompilerOrHeaders("openssl-devel")).isTrue();
        assertThat(packages.isCompilerOrHeaders("build-base")).isTrue();
    }

    @Test
    void runtimeLibrariesAndInitsAreNot() {
        assertThat(packages.isBuildOnly("libpq5")).isFalse();
        assertThat(packages.isBuildOnly("tini")).isFalse();
        assertThat(packages.isBuildOnly("ca-certificates")).isFalse();
    }

    @Test
    void fetchToolsAreBuildOnlyForTheOptimizerButNotCompilersForTheRules() {
        assertThat(packages.isBuildOnly("curl")).isTrue();
        assertThat(packages.isCompilerOrHeaders("curl")).isFalse();
    }

    @Test
    void carriesItsSourceAndDateAndTheExecutablesVerifyLooksFor() {
        assertThat(packages.source()).contains("Debian 12");
        assertThat(packages.date()).matches("\\d{4}-\\d{2}");
        assertThat(packages.executables()).contains("gcc", "make");
    }
}
