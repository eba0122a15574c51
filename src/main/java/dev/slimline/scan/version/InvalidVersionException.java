package dev.slimline.scan.version;

import dev.slimline.SlimlineException;

/**
 * A version string that its ecosystem's rules do not accept. Thrown instead of guessing an order, because a guessed
 * order silently turns into a missed or a false vulnerability.
 */
public final class InvalidVersionException extends SlimlineException {

    private final String scheme;
    private final String version;

    /** {@code scheme} names the rules broken, e.g. {@code Debian} or {@code SemVer}. */
    public InvalidVersionException(String scheme, String version, String reason) {
        super(Kind.BAD_INPUT, "invalid " + scheme + " version '" + version + "': " + reason);
        this.scheme = scheme;
        this.version = version;
    }

    public InvalidVersionException(Ecosystem ecosystem, String version, String reason) {
        this(ecosystem.osvName(), version, reason);
    }

    public String scheme() {
        return scheme;
    }

    public String version() {
        return version;
    }
}
