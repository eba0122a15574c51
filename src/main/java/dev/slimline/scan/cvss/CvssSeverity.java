package dev.slimline.scan.cvss;

import dev.slimline.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * The CVSS qualitative rating of an advisory, as reported; thresholds compare its {@link #toSeverity} on slimline's
 * one scale. UNKNOWN (no rating) sorts lowest and is reported as unknown.
 */
public enum CvssSeverity {
    UNKNOWN, NONE, LOW, MEDIUM, HIGH, CRITICAL;

    /** CVSS v3/v4 qualitative rating scale: 0.0 none, 0.1-3.9 low, 4.0-6.9 medium, 7.0-8.9 high, 9.0-10.0 critical. */
    public static CvssSeverity fromScore(double score) {
        if (score < 0.0 || score > 10.0 || Double.isNaN(score)) {
            throw new IllegalArgumentException("CVSS score out of range 0.0-10.0: " + score);
        }
        if (score == 0.0) {
            return NONE;
        }
        if (score < 4.0) {
            return LOW;
        }
        if (score < 7.0) {
            return MEDIUM;
        }
        return score < 9.0 ? HIGH : CRITICAL;
    }

    /**
     * A rating word as advisories write it: GHSA's {@code database_specific.severity} (LOW, MODERATE, HIGH, CRITICAL),
     * Debian's urgency (unimportant, low, medium, high), Ubuntu's priority (negligible .. critical). Words that state
     * no rating ("not yet assigned", "end-of-life") give empty.
     */
    public static Optional<CvssSeverity> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String word = label.strip().toLowerCase(Locale.ROOT);
        // Debian appends "*" or "**" to urgencies set by the security team; the word is the rating.
        while (word.endsWith("*")) {
            word = word.substring(0, word.length() - 1);
        }
        return switch (word) {
            case "none" -> Optional.of(NONE);
            case "negligible", "unimportant", "low" -> Optional.of(LOW);
            case "moderate", "medium" -> Optional.of(MEDIUM);
            case "high", "important" -> Optional.of(HIGH);
            case "critical" -> Optional.of(CRITICAL);
            default -> Optional.empty();
        };
    }

    /**
     * This rating on the one scale: LOW to CRITICAL keep their names; NONE and UNKNOWN (no rating) become INFO,
     * so they trip only {@code failOn: info}, never a threshold of low or above.
     */
    public Severity toSeverity() {
        return switch (this) {
            case UNKNOWN, NONE -> Severity.INFO;
            case LOW -> Severity.LOW;
            case MEDIUM -> Severity.MEDIUM;
            case HIGH -> Severity.HIGH;
            case CRITICAL -> Severity.CRITICAL;
        };
    }
}
