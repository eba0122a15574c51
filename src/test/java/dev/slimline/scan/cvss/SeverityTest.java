package dev.slimline.scan.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityTest {

    @ParameterizedTest
    @CsvSource({"0.0, NONE", "0.1, LOW", "3.9, LOW", "4.0, MEDIUM", "6.9, MEDIUM", "7.0, HIGH", "8.9, HIGH",
            "9.0, CRITICAL", "10.0, CRITICAL"})
    void ratingScaleBoundaries(double score, Severity expected) {
        assertThat(Severity.fromScore(score)).isEqualTo(expected);
    }

    @Test
    void scoresOutOfRangeAreRejected() {
        assertThatThrownBy(() -> Severity.fromScore(10.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Severity.fromScore(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"MODERATE, MEDIUM", "HIGH, HIGH", "critical, CRITICAL", "unimportant, LOW", "low*, LOW",
            "medium**, MEDIUM", "negligible, LOW", "important, HIGH"})
    void advisoryLabels(String label, Severity expected) {
        assertThat(Severity.fromLabel(label)).contains(expected);
    }

    @Test
    void labelsWithoutARatingGiveNothing() {
        assertThat(Severity.fromLabel("not yet assigned")).isEmpty();
        assertThat(Severity.fromLabel("end-of-life")).isEmpty();
        assertThat(Severity.fromLabel(null)).isEmpty();
    }

    @Test
    void thresholds() {
        assertThat(Severity.fromThreshold("high")).contains(Severity.HIGH);
        assertThat(Severity.fromThreshold("unknown")).isEmpty();
        assertThat(Severity.HIGH.isAtLeast(Severity.HIGH)).isTrue();
        assertThat(Severity.CRITICAL.isAtLeast(Severity.HIGH)).isTrue();
        assertThat(Severity.MEDIUM.isAtLeast(Severity.HIGH)).isFalse();
        assertThat(Severity.UNKNOWN.isAtLeast(Severity.LOW)).isFalse();
    }
}
