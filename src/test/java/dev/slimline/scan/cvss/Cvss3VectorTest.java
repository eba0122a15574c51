package dev.slimline.scan.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Scores from FIRST's "CVSS v3.1 Examples" document and the NVD entries they describe. */
class Cvss3VectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // CVE-2014-6271 Shellshock
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, CRITICAL",
            // CVE-2014-0160 Heartbleed
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N, 7.5, HIGH",
            // CVE-2016-5195 Dirty COW
            "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H, 7.8, HIGH",
            // CVE-2013-0375 MySQL stored SQL injection
            "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N, 6.4, MEDIUM",
            // CVE-2012-1516 VMware guest to host escape
            "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H, 9.9, CRITICAL",
            // CVE-2014-2005 Sophos login screen bypass
            "CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 6.8, MEDIUM",
            // CVE-2011-1265 Bluetooth stack RCE
            "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 8.8, HIGH",
            // CVE-2014-3566 POODLE
            "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N, 3.1, LOW",
            // CVE-2012-5376 Chrome sandbox bypass
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H, 9.6, CRITICAL",
            // CVE-2013-1937 phpMyAdmin reflected XSS
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 6.1, MEDIUM",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 10.0, CRITICAL",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N, 0.0, NONE",
            "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, CRITICAL",
            // CVE-2009-0658 Adobe Reader JBIG2, as scored in the v3.0 examples
            "CVSS:3.0/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H, 7.8, HIGH",
    })
    void baseScoresOfPublishedExamples(String vector, double score, CvssSeverity severity) {
        Cvss3Vector parsed = Cvss3Vector.parse(vector);
        assertThat(parsed.baseScore()).isEqualTo(score);
        assertThat(parsed.severity()).isEqualTo(severity);
    }

    @Test
    void temporalAndEnvironmentalMetricsAreAcceptedButDoNotChangeTheBaseScore() {
        assertThat(Cvss3Vector.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:U/RL:O/RC:C/MAV:P").baseScore())
                .isEqualTo(9.8);
    }

    @Test
    void roundUpFollowsAppendixA() {
        assertThat(Cvss3Vector.roundUp31(4.02)).isEqualTo(4.1);
        assertThat(Cvss3Vector.roundUp31(4.00)).isEqualTo(4.0);
        // Floating-point noise just above an exact tenth must not round up (the reason v3.1 changed Roundup).
        assertThat(Cvss3Vector.roundUp31(4.000000000000001)).isEqualTo(4.0);
        assertThat(Cvss3Vector.roundUp30(4.000000000000001)).isEqualTo(4.1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:2.0/AV:N", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H",
            "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:N",
            "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XX:Y", "CVSS:3.1/AV:N//AC:L"})
    void rejectsMalformedVectors(String vector) {
        assertThatThrownBy(() -> Cvss3Vector.parse(vector))
                .isInstanceOf(SlimlineException.class)
                .hasMessageStartingWith("invalid CVSS v3 vector");
    }
}
