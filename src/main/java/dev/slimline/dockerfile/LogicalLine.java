package dev.slimline.dockerfile;

/**
 * An instruction's text as BuildKit sees it: continuation lines joined with the escape character and its
 * trailing blanks removed, comment and blank lines inside the continuation dropped. Each char remembers its
 * offset in the source, so any piece of the logical line maps back to a {@link Span}.
 */
final class LogicalLine {

    private final SourceText source;
    private final StringBuilder chars = new StringBuilder();
    private int[] offsets = new int[64];
    /** Where the instruction starts in the source (its first non-blank char), for empty pieces. */
    private final int anchor;

    LogicalLine(SourceText source, int anchor) {
        this.source = source;
        this.anchor = anchor;
    }

    private String text;

    void append(int from, int to) {
        text = null;
        for (int i = from; i < to; i++) {
            if (chars.length() == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[chars.length()] = i;
            chars.append(source.text.charAt(i));
        }
    }

    String text() {
        if (text == null) {
            text = chars.toString();
        }
        return text;
    }

    int length() {
        return chars.length();
    }

    /** Source offset of logical index {@code index}; the index just past the end maps after the last char. */
    int offset(int index) {
        if (index < chars.length()) {
            return offsets[index];
        }
        return chars.isEmpty() ? anchor : offsets[chars.length() - 1] + 1;
    }

    /** The source span of logical range {@code [from, to)}. */
    Span span(int from, int to) {
        if (to <= from) {
            int at = offset(from);
            return source.span(at, at);
        }
        return source.span(offsets[from], offsets[to - 1] + 1);
    }

    ParseException error(int index, String message) {
        return source.error(offset(index), message);
    }

    SourceText source() {
        return source;
    }
}
