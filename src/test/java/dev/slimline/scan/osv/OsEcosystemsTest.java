package dev.slimline.scan.osv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OsEcosystemsTest {

    @Test
    void osReleaseVersionIdsBecomeOsvEcosystems() {
        assertThat(OsEcosystems.debian("12")).isEqualTo("Debian:12");
        assertThat(OsEcosystems.debian("11.9")).isEqualTo("Debian:11");
        assertThat(OsEcosystems.alpine("3.19.1")).isEqualTo("Alpine:v3.19");
        assertThat(OsEcosystems.alpine("3.20.0_alpha20240329")).isEqualTo("Alpine:v3.20");
    }

    @Test
    void rpmDistributionsAreKeyedByMajorReleaseAndRedHatsRepositoriesAreCovered() {
        assertThat(OsEcosystems.redHat("9.2")).isEqualTo("Red Hat:enterprise_linux:9");
        assertThat(OsEcosystems.almaLinux("9.3")).isEqualTo("AlmaLinux:9");
        assertThat(OsEcosystems.rockyLinux("8.9")).isEqualTo("Rocky Linux:8");
        assertThat(OsEcosystems.covers("Red Hat:enterprise_linux:9", "Red Hat:enterprise_linux:9::appstream")).isTrue();
        assertThat(OsEcosystems.covers("Red Hat:enterprise_linux:9", "Red Hat:enterprise_linux:9")).isTrue();
        assertThat(OsEcosystems.covers("Red Hat:enterprise_linux:9", "Red Hat:enterprise_linux:8::baseos")).isFalse();
        assertThat(OsEcosystems.covers("Red Hat:enterprise_linux:9", "Red Hat:enterprise_linux:90::baseos")).isFalse();
        assertThat(OsEcosystems.covers("Debian:1", "Debian:12")).isFalse();
    }

    @Test
    void unrecognisedVersionIdsAreErrors() {
        assertThatThrownBy(() -> OsEcosystems.debian("bookworm/sid"))
                .hasMessage("unrecognised Debian VERSION_ID 'bookworm/sid'");
        assertThatThrownBy(() -> OsEcosystems.alpine("edge")).hasMessage("unrecognised Alpine VERSION_ID 'edge'");
    }
}
