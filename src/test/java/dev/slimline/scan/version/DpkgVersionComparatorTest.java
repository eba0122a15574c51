package dev.slimline.scan.version;

import static dev.slimline.scan.version.OrderingAssert.assertAscending;
import static dev.slimline.scan.version.OrderingAssert.assertEqual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Debian Policy §5.6.12 and dpkg's own test cases. */
class DpkgVersionComparatorTest {

    private final VersionComparator dpkg = Ecosystem.DEBIAN.comparator();

    @Test
    void tildeSortsBeforeEverythingEvenTheEnd_policyExample() {
        // Policy: "~~, ~~a, ~, the empty part, a".
        assertAscending(dpkg, List.of("1.0~~", "1.0~~a", "1.0~", "1.0", "1.0a"));
    }

    @Test
    void lettersSortBeforeNonLetters() {
        assertAscending(dpkg, List.of("1.0a", "1.0z", "1.0+", "1.0.", "1.0.1"));
        assertAscending(dpkg, List.of("1.0A", "1.0a"));
    }

    @Test
    void epochOutranksEverythingElse() {
        assertAscending(dpkg, List.of("9.9-9", "1:0.1", "1:1.0", "2:0.0.1"));
        assertEqual(dpkg, "0:1.0-1", "1.0-1");
    }

    @Test
    void digitsCompareNumericallyIgnoringLeadingZeros() {
        assertAscending(dpkg, List.of("1.2", "1.9", "1.10", "1.100"));
        assertEqual(dpkg, "1.002", "1.2");
        assertEqual(dpkg, "1.0-01", "1.0-1");
    }

    @Test
    void missingRevisionEqualsRevisionZero() {
        assertEqual(dpkg, "1.0", "1.0-0");
        assertAscending(dpkg, List.of("1.0", "1.0-1", "1.0-1.1", "1.0-2", "1.0-10"));
    }

    @Test
    void hyphensAndColonsInUpstreamWithRevisionAndEpoch() {
        // The revision is after the LAST hyphen; the epoch before the FIRST colon.
        assertAscending(dpkg, List.of("1:1.0-rc1-1", "1:1.0-rc1-2", "1:1.0-rc2-1"));
        assertAscending(dpkg, List.of("1:2:0-1", "1:2:1-1"));
    }

    @Test
    void realSecurityUpdatesOrderAsTheArchiveDoes() {
        assertAscending(dpkg, List.of(
                "3.0.9-1", "3.0.11-1~deb12u1", "3.0.11-1~deb12u2", "3.0.11-1", "3.0.11-1+b1", "3.0.13-1"));
        assertAscending(dpkg, List.of("2.36-9+deb12u3", "2.36-9+deb12u4", "2.36-9+deb12u10"));
        assertAscending(dpkg, List.of("1.2.3~rc1-1", "1.2.3-1", "1.2.3+dfsg-1", "1.2.3.1-1"));
    }

    @ParameterizedTest
    @CsvSource({
            "1.0, 1.0, 0", "1.0, 1.1, -1", "2.30, 2.3, 1", "1:0, 0:9, 1", "0.9.8k-1, 0.9.8l-1, -1",
            "7.88.1-10+deb12u5, 7.88.1-10+deb12u4, 1", "1.0~beta1, 1.0~alpha1, 1"})
    void pairwise(String a, String b, int expected) {
        assertThat(Integer.signum(dpkg.compare(a, b))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a1.0", "1.0-", ":1.0", "x:1.0", "1.0_1", "1.0 1", "1.0-1_2", "-1"})
    void rejectsInvalidVersions(String version) {
        assertThatThrownBy(() -> dpkg.compare(version, "1.0"))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("invalid Debian version");
    }

    @Test
    void ubuntuUsesTheSameRulesAndNamesItself() {
        assertAscending(Ecosystem.UBUNTU.comparator(), List.of("1.1.1f-1ubuntu2.19", "1.1.1f-1ubuntu2.20"));
        assertThatThrownBy(() -> Ecosystem.UBUNTU.comparator().validate("x"))
                .hasMessageStartingWith("invalid Ubuntu version 'x'");
    }
}
