package dev.slimline.dockerfile;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.nio.file.Path;

/** A Dockerfile that BuildKit would refuse to parse; carries {@code file:line:col} of the problem. */
public final class ParseException extends SlimlineException {

    public ParseException(SourceLocation location, String message) {
        super(Kind.BAD_INPUT, location, message);
    }

    public ParseException(Path file, int line, int column, String message) {
        this(new SourceLocation(file, line, column), message);
    }

    public int line() {
        return location().map(SourceLocation::line).orElse(0);
    }

    public int column() {
        return location().map(SourceLocation::column).orElse(0);
    }
}
