package dev.slimline.scan.version;

import static dev.slimline.scan.version.OrderingAssert.assertAscending;
import static dev.slimline.scan.version.OrderingAssert.assertEqual;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** semver.org §11 precedence for npm, and Go's v-prefixed and pseudo-versions. */
class SemverVersionComparatorTest {

    private final VersionComparator npm = Ecosystem.NPM.comparator();
    private final VersionComparator go = Ecosystem.GO.comparator();

    @Test
    void semverSection11Examples() {
        assertAscending(npm, List.of("1.0.0", "2.0.0", "2.1.0", "2.1.1"));
        assertAscending(npm, List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0"));
    }

    @Test
    void buildMetadataIsIgnoredAndLeadingVIsAccepted() {
        assertEqual(npm, "1.0.0+20130313144700", "1.0.0");
        assertEqual(npm, "1.0.0-beta+exp.sha.5114f85", "1.0.0-beta");
        assertEqual(npm, "v1.2.3", "1.2.3");
    }

    @Test
    void goPseudoVersionsSortAsPreReleases() {
        assertAscending(go, List.of(
                "v0.0.0-20191109021931-daa7c04131f5", "v0.0.0-20200101000000-abcdef123456", "v0.1.0",
                "v1.2.3", "v1.2.4-0.20191109021931-daa7c04131f5", "v1.2.4", "v1.10.0"));
        assertEqual(go, "v2.0.0+incompatible", "v2.0.0");
        // OSV's Go records leave the v out; module versions from binaries keep it.
        assertEqual(go, "v1.21.3", "1.21.3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.0", "01.0.0", "1.0.0-01", "latest", "1.0.0-", "1.0.0+", "1.2.3.4", "vv1.0.0"})
    void rejectsInvalidVersions(String version) {
        assertThatThrownBy(() -> npm.compare(version, "1.0.0"))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("invalid npm version");
        assertThatThrownBy(() -> go.compare("v1.0.0", version))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("invalid Go version");
    }
}
