package dev.slimline.scan.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityTest {

    @ParameterizedTest
    @CsvSource({"0.0, NONE", "0.1, LOW", "3.9, LOW", "4.0, MEDIUM", "6.9, MEDIUM", "7.0, HIGH", "8.9, HIGH",
            "9.0, CRITICAL", "10.0, CRITICAL"})
    void ratingScaleBoundaries(double score, CvssSeverity expected) {
        assertThat(CvssSeverity.fromScore(score)).isEqualTo(expected);
    }

    @Test
    void scoresOutOfRangeAreRejected() {
        assertThatThrownBy(() -> CvssSeverity.fromScore(10.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CvssSeverity.fromScore(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"MODERATE, MEDIUM", "HIGH, HIGH", "critical, CRITICAL", "unimportant, LOW", "low*, LOW",
            "medium**, MEDIUM", "negligible, LOW", "important, HIGH"})
    void advisoryLabels(String label, CvssSeverity expected) {
        assertThat(CvssSeverity.fromLabel(label)).contains(expected);
    }

    @Test
    void labelsWithoutARatingGiveNothing() {
        assertThat(CvssSeverity.fromLabel("not yet assigned")).isEmpty();
        assertThat(CvssSeverity.fromLabel("end-of-life")).isEmpty();
        assertThat(CvssSeverity.fromLabel(null)).isEmpty();
    }

    @Test
    void ratingsMapOntoTheOneScale() {
        assertThat(CvssSeverity.CRITICAL.toSeverity()).isEqualTo(Severity.CRITICAL);
        assertThat(CvssSeverity.HIGH.toSeverity()).isEqualTo(Severity.HIGH);
        assertThat(CvssSeverity.MEDIUM.toSeverity()).isEqualTo(Severity.MEDIUM);
        assertThat(CvssSeverity.LOW.toSeverity()).isEqualTo(Severity.LOW);
        assertThat(CvssSeverity.NONE.toSeverity()).isEqualTo(Severity.INFO);
        assertThat(CvssSeverity.UNKNOWN.toSeverity()).isEqualTo(Severity.INFO);
    }

    @Test
    void everyRatingHasAPlaceOnTheScaleInTheSameOrder() {
        CvssSeverity[] ratings = CvssSeverity.values();
        for (int i = 1; i < ratings.length; i++) {
            assertThat(ratings[i].toSeverity()).isGreaterThanOrEqualTo(ratings[i - 1].toSeverity());
        }
    }
}
