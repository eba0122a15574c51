package dev.slimline.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A proposed fix as data: text edits on the Dockerfile source and what they do, in words. The optimizer decides
 * whether to apply it; {@link #applyTo(String)} does the splicing.
 */
public record Fix(String description, List<TextEdit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix replace(String description, dev.slimline.dockerfile.Span span, String replacement) {
        return new Fix(description, List.of(new TextEdit(span, replacement)));
    }

    /**
     * The text with every edit applied. Edits refer to offsets of the original text and must not overlap.
     *
     * @throws IllegalArgumentException when two edits overlap or one lies outside the text
     */
    public String applyTo(String text) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt((TextEdit e) -> e.span().startOffset()));
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (TextEdit edit : ordered) {
            int start = edit.span().startOffset();
            int end = edit.span().endOffset();
            if (start < copied || end > text.length()) {
                throw new IllegalArgumentException("overlapping or out-of-range edit at " + edit.span());
            }
            out.append(text, copied, start).append(edit.replacement());
            copied = end;
        }
        return out.append(text, copied, text.length()).toString();
    }
}
