package dev.slimline.dockerfile;

import dev.slimline.SourceLocation;
import java.nio.file.Path;

/**
 * A stretch of Dockerfile source: 1-based line and column of the first and the last character
 * (the end is inclusive, as editors show it), plus 0-based char offsets into
 * {@link Dockerfile#text()} with {@code endOffset} exclusive, so {@code text.substring(startOffset, endOffset)}
 * is exactly the spanned text. An empty span has {@code endOffset == startOffset} and ends where it starts.
 */
public record Span(int startLine, int startColumn, int endLine, int endColumn, int startOffset, int endOffset) {

    public Span {
        if (startLine < 1 || startColumn < 1 || endLine < startLine || startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("bad span " + startLine + ":" + startColumn + "-" + endLine + ":"
                    + endColumn + " [" + startOffset + "," + endOffset + ")");
        }
    }

    public int length() {
        return endOffset - startOffset;
    }

    /** True when the char at {@code offset} lies inside this span. */
    public boolean containsOffset(int offset) {
        return offset >= startOffset && offset < endOffset;
    }

    /** Where this span starts, for messages of the form {@code file:line:col}. */
    public SourceLocation start(Path file) {
        return new SourceLocation(file, startLine, startColumn);
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn + " [" + startOffset + "," + endOffset + ")";
    }
}
