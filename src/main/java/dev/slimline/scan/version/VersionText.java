package dev.slimline.scan.version;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks every comparator makes before parsing: not blank, and matching the ecosystem's grammar. */
final class VersionText {

    private VersionText() {
    }

    /** The version without surrounding whitespace; blank or null is invalid. */
    static String requireText(String scheme, String version) {
        if (version == null || version.isBlank()) {
            throw new InvalidVersionException(scheme, version, "empty");
        }
        return version.strip();
    }

    /** A full match of {@code grammar}, or an error saying what was {@code expected}. */
    static Matcher match(Pattern grammar, Ecosystem ecosystem, String version, String expected) {
        Matcher m = grammar.matcher(requireText(ecosystem.osvName(), version));
        if (!m.matches()) {
            throw new InvalidVersionException(ecosystem, version, expected);
        }
        return m;
    }
}
