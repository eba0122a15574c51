package dev.slimline.scan.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nscuro.versatile.version.KnownVersioningSchemes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Differential check of the hand-written orderings against versatile's: where the two agree on real archive
 * versions the hand-written class could go; where they disagree, the hand-written one follows the published
 * reference (apk-tools, PEP 440) and these tests pin why it stays.
 */
class VersatileDifferentialTest {

    @Test
    void agreesOnRealDebianMavenNpmAndGoVersions() {
        assertSameOrder(Ecosystem.DEBIAN, KnownVersioningSchemes.SCHEME_DEBIAN, List.of(
                "1:1.0-1", "3.0.11-1~deb12u2", "3.0.11-1", "3.0.11-1+b1", "2.36-9+deb12u10", "7.88.1-10+deb12u5",
                "1.0~beta1", "1.0~alpha1", "0.9.8k-1", "0.9.8l-1", "2.30", "2.3"));
        assertSameOrder(Ecosystem.MAVEN, KnownVersioningSchemes.SCHEME_MAVEN, List.of(
                "1.0", "1.0-SNAPSHOT", "1.0-alpha-1", "1.0-rc1", "1.0.1", "2.17.1", "2.15.0-rc2", "1.0-sp1"));
        assertSameOrder(Ecosystem.NPM, KnownVersioningSchemes.SCHEME_NPM, List.of(
                "1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.11", "1.0.0-rc.1", "4.17.21", "4.17.3"));
        assertSameOrder(Ecosystem.GO, KnownVersioningSchemes.SCHEME_GOLANG, List.of(
                "v0.0.0-20191109021931-daa7c04131f5", "v0.1.0", "v1.2.4-0.20191109021931-daa7c04131f5", "v1.2.4"));
    }

    @Test
    void versatileDepartsFromApkToolsAndPep440() {
        VersionComparator versatileApk = new VersatileVersionComparator(Ecosystem.ALPINE, KnownVersioningSchemes.SCHEME_APK);
        VersionComparator versatilePypi = new VersatileVersionComparator(Ecosystem.PYPI, KnownVersioningSchemes.SCHEME_PYPI);
        // apk-tools: _cvs is a post-release suffix, so 1.0_cvs > 1.0 ... but the letter 'a' outranks any suffix.
        assertThat(Ecosystem.ALPINE.comparator().compare("1.0_cvs", "1.0a")).isNegative();
        assertThat(versatileApk.compare("1.0_cvs", "1.0a")).isPositive();
        // PEP 440: numeric local segments sort after alphanumeric ones.
        assertThat(Ecosystem.PYPI.comparator().compare("1.0+abc.5", "1.0+5")).isNegative();
        assertThat(versatilePypi.compare("1.0+abc.5", "1.0+5")).isPositive();
    }

    private static void assertSameOrder(Ecosystem ecosystem, String scheme, List<String> versions) {
        VersionComparator ours = ecosystem.comparator();
        VersionComparator theirs = new VersatileVersionComparator(ecosystem, scheme);
        for (String a : versions) {
            for (String b : versions) {
                assertThat(theirs.compare(a, b)).as("%s vs %s in %s", a, b, ecosystem).isEqualTo(ours.compare(a, b));
            }
        }
    }
}
