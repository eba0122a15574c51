package dev.slimline;

import java.util.Optional;

/**
 * An error the user can cause and fix: a bad path, an unparsable file, no engine.
 * The CLI prints {@link #oneLine()} and exits with the code of its {@link Kind}; never a stack trace
 * unless {@code --debug}.
 */
public class SlimlineException extends RuntimeException {

    /** What went wrong, which decides the exit code (see README "Exit codes"). */
    public enum Kind {
        /** The user's input is wrong: missing path, unparsable Dockerfile, malformed config, hostile archive. */
        BAD_INPUT,
        /** A program slimline needs is not there or not answering: Docker engine, scanner. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final SourceLocation location;

    public SlimlineException(Kind kind, String message) {
        this(kind, null, message, null);
    }

    public SlimlineException(Kind kind, SourceLocation location, String message) {
        this(kind, location, message, null);
    }

    public SlimlineException(Kind kind, SourceLocation location, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.location = location;
    }

    public static SlimlineException badInput(String message) {
        return new SlimlineException(Kind.BAD_INPUT, message);
    }

    public static SlimlineException badInput(SourceLocation location, String message) {
        return new SlimlineException(Kind.BAD_INPUT, location, message);
    }

    public static SlimlineException unavailable(String message) {
        return new SlimlineException(Kind.UNAVAILABLE, message);
    }

    public Kind kind() {
        return kind;
    }

    public Optional<SourceLocation> location() {
        return Optional.ofNullable(location);
    }

    /** {@code file:line:col: message}, or just the message when there is no location. */
    public String oneLine() {
        return location == null ? getMessage() : location + ": " + getMessage();
    }
}
