package dev.slimline.dockerfile;

/**
 * A piece of the source in file order; the segments of a {@link Dockerfile} cover its text exactly once, so
 * concatenating their {@code text} prints the file back byte for byte. Unlike instruction spans, a segment's
 * text includes its trailing line break.
 */
public record Segment(Kind kind, String text, Span span) {

    public enum Kind {
        /** The UTF-8 byte order mark at the very start. */
        BYTE_ORDER_MARK,
        /** A parser directive line. */
        DIRECTIVE,
        /** A comment line between instructions. */
        COMMENT,
        /** An empty or whitespace-only line between instructions. */
        BLANK,
        /** An instruction with its continuation lines, heredoc bodies and final line break. */
        INSTRUCTION
    }
}
