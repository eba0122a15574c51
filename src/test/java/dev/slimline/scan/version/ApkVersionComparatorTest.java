package dev.slimline.scan.version;

import static dev.slimline.scan.version.OrderingAssert.assertAscending;
import static dev.slimline.scan.version.OrderingAssert.assertEqual;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** apk / Gentoo version rules: suffix order, letters, revisions, leading zeros. */
class ApkVersionComparatorTest {

    private final VersionComparator apk = Ecosystem.ALPINE.comparator();

    @Test
    void suffixOrder() {
        assertAscending(apk, List.of(
                "1.0_alpha", "1.0_alpha1", "1.0_alpha2", "1.0_beta", "1.0_beta3", "1.0_pre1", "1.0_rc1", "1.0_rc2",
                "1.0", "1.0-r1", "1.0_cvs", "1.0_svn", "1.0_git20230101", "1.0_hg", "1.0_p1", "1.0_p2", "1.0a",
                "1.0b", "1.0.1"));
    }

    @Test
    void revisionBreaksTies() {
        assertAscending(apk, List.of("3.1.4-r0", "3.1.4-r1", "3.1.4-r2", "3.1.4-r10", "3.1.5-r0"));
        assertEqual(apk, "1.0-r00", "1.0-r0");
    }

    @Test
    void numbersAndComponentCount() {
        assertAscending(apk, List.of("1.2", "1.2.0", "1.2.1", "1.9", "1.10", "2"));
        assertAscending(apk, List.of("1.0_rc1_p1", "1.0_rc2", "1.0"));
    }

    @Test
    void absentRevisionOrSuffixNumberSortsBelowAnExplicitZero() {
        // apk runs out of tokens on the shorter version first, and the one that goes on is greater.
        assertAscending(apk, List.of("1.2", "1.2-r0", "1.2-r1"));
        assertAscending(apk, List.of("1.0_p", "1.0_p0", "1.0_p1"));
        assertAscending(apk, List.of("1.0_alpha", "1.0_alpha0"));
    }

    @Test
    void zeroPaddedComponentsSortBelowUnpaddedOnes() {
        // apk weighs the extra leading zeros of a later component negatively before its value.
        assertAscending(apk, List.of("1.0.05", "1.0.4"));
        assertAscending(apk, List.of("2.16.05", "2.16.4"));
        assertAscending(apk, List.of("1.0.010", "1.0.9"));
        assertAscending(apk, List.of("1.005", "1.05", "1.5"));
        assertAscending(apk, List.of("1.00", "1.0", "1.1"));
        assertAscending(apk, List.of("1.001", "1.01", "1.1"));
        assertAscending(apk, List.of("2.15.05-r0", "2.16.01-r0")); // nasm, as Alpine ships it
        assertEqual(apk, "01.2", "1.2"); // the first component is a plain number
    }

    @Test
    void realAlpinePackages() {
        assertAscending(apk, List.of("3.1.4-r5", "3.1.4-r6", "3.1.7-r0", "3.3.0_alpha1-r0", "3.3.0-r0"));
        assertAscending(apk, List.of("1.36.1-r2", "1.36.1-r15", "1.37.0-r0"));
        assertEqual(apk, "2.4.1~a1b2c3-r0", "2.4.1-r0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1.0-r", "1.0_foo1", "1.0-1", "1.0A", "1..0", "v1.0", "1.0-r1-r2"})
    void rejectsInvalidVersions(String version) {
        assertThatThrownBy(() -> apk.compare("1.0", version))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("invalid Alpine version");
    }
}
