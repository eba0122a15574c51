package dev.slimline;

import java.util.Locale;
import java.util.Optional;

/**
 * The one severity scale, lowest first: every threshold ({@code --fail-on}, {@code .slimline.yaml}'s
 * {@code failOn} and {@code vulnerabilities.failOn}) reads it, for lint findings and vulnerabilities alike
 * (a CVSS rating maps onto it with {@code CvssSeverity.toSeverity}). SARIF has three levels:
 * HIGH and CRITICAL are {@code error}, LOW and MEDIUM {@code warning}, INFO {@code note}.
 */
public enum Severity {
    INFO("note"),
    LOW("warning"),
    MEDIUM("warning"),
    HIGH("error"),
    CRITICAL("error");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    /** The SARIF 2.1.0 {@code level} of a result with this severity. */
    public String sarifLevel() {
        return sarifLevel;
    }

    /** True if this is at least {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    /** Lower-case name, as written in config files and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The labels in order, for messages: {@code info, low, medium, high, critical}. */
    public static String labels() {
        return java.util.Arrays.stream(values()).map(Severity::label).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Reads a name in any case ({@code high}, {@code HIGH}); empty if it names no severity. */
    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }
}
