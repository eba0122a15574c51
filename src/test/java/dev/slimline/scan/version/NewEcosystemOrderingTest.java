package dev.slimline.scan.version;

import static dev.slimline.scan.version.OrderingAssert.assertAscending;
import static dev.slimline.scan.version.OrderingAssert.assertEqual;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** rpm, RubyGems, Rust crates, NuGet and Composer orderings, from each tool's documented examples. */
class NewEcosystemOrderingTest {

    @Test
    void rpmvercmpOrdersEpochVersionReleaseAndTilde() {
        // rpm's own rpmvercmp tests: tilde sorts before the end, caret after it, epochs first.
        for (Ecosystem rpm : List.of(Ecosystem.RED_HAT, Ecosystem.ALMALINUX, Ecosystem.ROCKY)) {
            assertAscending(rpm.comparator(), List.of("1.0~rc1", "1.0", "1.0^git1", "1.0a", "1.0.1", "1.10"));
            assertAscending(rpm.comparator(), List.of(
                    "1.1.1k-7.el8_6", "1.1.1k-9.el8_7", "1.1.1k-12.el8_9", "1:1.0-1.el8"));
        }
        assertEqual(Ecosystem.RED_HAT.comparator(), "0:3.0.7-25.el9", "3.0.7-25.el9");
    }

    @Test
    void gemVersionPreReleasesSortBeforeReleasesAndTrailingZerosDoNotCount() {
        VersionComparator gem = Ecosystem.RUBYGEMS.comparator();
        // Gem::Version docs: 1.0.a.2 < 1.0.b1 < 1.0 < 1.0.1 < 1.1; 2.0.0-rc1 is a pre-release.
        assertAscending(gem, List.of("0.9", "1.0.a.2", "1.0.b1", "1.0.rc1", "1.0", "1.0.1", "1.1", "1.10", "2.0.0-rc1",
                "2.0.0"));
        assertEqual(gem, "1.0", "1");
        assertEqual(gem, "1.0.0", "1");
        assertEqual(gem, "1.0.a", "1.a");
        assertThatThrownBy(() -> gem.validate("1..2")).hasMessageStartingWith("invalid RubyGems version '1..2'");
    }

    @Test
    void cratesUseSemver() {
        assertAscending(Ecosystem.CRATES_IO.comparator(), List.of("0.9.9", "1.0.0-alpha.1", "1.0.0", "1.2.10"));
        assertThatThrownBy(() -> Ecosystem.CRATES_IO.comparator().validate("1.0"))
                .isInstanceOf(InvalidVersionException.class);
    }

    @Test
    void nugetIgnoresCaseAndTreatsMissingPartsAsZero() {
        VersionComparator nuget = Ecosystem.NUGET.comparator();
        assertAscending(nuget, List.of("1.0.0-alpha", "1.0.0-beta", "1.0.0", "1.0.1", "4.7.2", "13.0.1"));
        assertEqual(nuget, "1.0", "1.0.0");
        assertEqual(nuget, "1.0.0-BETA", "1.0.0-beta");
    }

    @Test
    void composerOrdersStabilities() {
        VersionComparator composer = Ecosystem.PACKAGIST.comparator();
        assertAscending(composer, List.of("1.0.0-alpha1", "1.0.0-beta2", "1.0.0-RC1", "1.0.0", "1.0.1", "2.0.0"));
        assertEqual(composer, "v1.2.3", "1.2.3");
    }

    @Test
    void wolfiUsesApkRulesAndNamesItself() {
        assertAscending(Ecosystem.WOLFI.comparator(), List.of("3.0.9-r0", "3.0.9-r1", "3.1.0-r0"));
        assertThatThrownBy(() -> Ecosystem.WOLFI.comparator().validate("x"))
                .hasMessageStartingWith("invalid Wolfi version 'x'");
    }

    @Test
    void osvNamesMapBack() {
        org.assertj.core.api.Assertions.assertThat(Ecosystem.fromOsv("Red Hat:enterprise_linux:9::baseos"))
                .contains(Ecosystem.RED_HAT);
        org.assertj.core.api.Assertions.assertThat(Ecosystem.fromOsv("crates.io")).contains(Ecosystem.CRATES_IO);
    }
}
