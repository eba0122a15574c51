package dev.slimline.scan.version;

import static dev.slimline.scan.version.OrderingAssert.assertAscending;
import static dev.slimline.scan.version.OrderingAssert.assertEqual;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PEP 440's ordering summary and normalisation rules. */
class Pep440VersionComparatorTest {

    private final VersionComparator pep440 = Ecosystem.PYPI.comparator();

    @Test
    void theSpecsOrderingSummary() {
        // PEP 440, "Summary of permitted suffixes and relative ordering", plus its local-version rules.
        assertAscending(pep440, List.of(
                "1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456",
                "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5",
                "1.0+abc.7", "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1"));
    }

    @Test
    void epochsOutrankRelease() {
        assertAscending(pep440, List.of("2013.10", "2014.04", "1!1.0", "1!1.1", "2!0.1"));
    }

    @ParameterizedTest
    @CsvSource({
            "1.0, 1.0.0", "1.0, 1", "1.0rc1, 1.0c1", "1.0RC1, 1.0rc1", "1.0-rc-1, 1.0rc1", "1.0.rc.1, 1.0rc1",
            "1.0pre1, 1.0rc1", "1.0preview1, 1.0rc1", "1.0alpha1, 1.0a1", "1.0beta2, 1.0b2", "1.0a, 1.0a0",
            "1.0-1, 1.0.post1", "1.0post1, 1.0.post1", "1.0-r1, 1.0.post1", "1.0rev1, 1.0.post1", "1.0.post, 1.0.post0",
            "1.0.dev, 1.0.dev0", "1.0-dev1, 1.0.dev1", "v1.0, 1.0", "0!1.0, 1.0", "1.0+ubuntu-1, 1.0+ubuntu.1",
            "1.0+UBUNTU.1, 1.0+ubuntu_1", "' 1.0 ', 1.0", "01.02, 1.2"})
    void normalisedFormsAreEqual(String a, String b) {
        assertEqual(pep440, a, b);
    }

    @Test
    void localVersionsSortAfterThePublicVersion() {
        assertAscending(pep440, List.of("1.0", "1.0+a", "1.0+a.1", "1.0+b", "1.0+1", "1.0+2", "1.0+10", "1.0.post1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "latest", "1.0.x", "1.0+", "1.0+local!", "french toast", "1.0.0.0-SNAPSHOT"})
    void rejectsInvalidVersions(String version) {
        assertThatThrownBy(() -> pep440.compare(version, "1.0"))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("invalid PyPI version");
    }
}
