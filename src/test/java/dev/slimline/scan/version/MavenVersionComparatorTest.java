package dev.slimline.scan.version;

import static dev.slimline.scan.version.OrderingAssert.assertAscending;
import static dev.slimline.scan.version.OrderingAssert.assertEqual;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Maven's ComparableVersion semantics, as documented in its Javadoc. */
class MavenVersionComparatorTest {

    private final VersionComparator maven = Ecosystem.MAVEN.comparator();

    @Test
    void qualifierOrder() {
        assertAscending(maven, List.of(
                "1-alpha-1", "1-beta-1", "1-milestone-1", "1-rc-1", "1-SNAPSHOT", "1", "1-sp-1", "1.1"));
    }

    @Test
    void numericSegments() {
        assertAscending(maven, List.of("1", "1.1", "1.2", "1.10", "2.0.0", "2.0.1", "10"));
        assertAscending(maven, List.of("2.14.1", "2.15.0", "2.17.0", "2.17.1"));
    }

    @ParameterizedTest
    @CsvSource({"1, 1.0", "1, 1.0.0", "1-ga, 1", "1-final, 1", "1a1, 1-alpha-1", "1.0-cr1, 1.0-rc1",
            "1.0.RELEASE, 1.0", "1.0-SNAPSHOT, 1-snapshot"})
    void equivalentSpellings(String a, String b) {
        assertEqual(maven, a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "1.0 beta"})
    void rejectsBlankAndWhitespace(String version) {
        assertThatThrownBy(() -> maven.compare(version, "1"))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("invalid Maven version");
    }
}
