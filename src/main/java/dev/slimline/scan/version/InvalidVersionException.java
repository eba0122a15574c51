package dev.slimline.scan.version;

import dev.slimline.SlimlineException;

/**
 * A version string that its ecosystem's rules do not accept. Thrown instead of guessing an order, because a guessed
 * order silently turns into a missed or a false vulnerability.
 */
public final class InvalidVersionException extends SlimlineException {

    private final transient Ecosystem ecosystem;
    private final String version;

    public InvalidVersionException(Ecosystem ecosystem, String version, String reason) {
        super(Kind.BAD_INPUT, "invalid " + ecosystem.osvName() + " version '" + version + "': " + reason);
        this.ecosystem = ecosystem;
        this.version = version;
    }

    public Ecosystem ecosystem() {
        return ecosystem;
    }

    public String version() {
        return version;
    }
}
