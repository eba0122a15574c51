package dev.slimline;

import java.nio.file.Path;

/**
 * A place in a user's file, 1-based, printed the way compilers do ({@code file:line:col}) so that
 * editors and CI annotations can jump to it. Line or column 0 means unknown.
 */
public record SourceLocation(Path file, int line, int column) {

    public static SourceLocation of(Path file) {
        return new SourceLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }
}
