package dev.slimline.rule;

import java.util.Locale;
import java.util.Optional;

/**
 * How much a finding matters, lowest first. The same five levels as vulnerability scanners use, so one
 * {@code --fail-on} threshold reads the same for lint findings and CVEs. SARIF has three levels:
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
