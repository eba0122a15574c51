package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Span;
import dev.slimline.rule.TextEdit;

/** Text-edit helpers shared by the recipes. */
final class Edits {

    private Edits() {
    }

    static Span at(int offset) {
        return new Span(1, 1, 1, 1, offset, offset);
    }

    static TextEdit insert(int offset, String text) {
        return new TextEdit(at(offset), text);
    }

    static TextEdit replace(Instruction instruction, String text) {
        return new TextEdit(instruction.span(), text);
    }

    /** Removes an instruction and the line break after it, so no blank line is left behind. */
    static TextEdit deleteLine(Instruction instruction, String text) {
        Span span = instruction.span();
        int end = span.endOffset();
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return new TextEdit(new Span(span.startLine(), span.startColumn(), span.endLine(), span.endColumn(),
                span.startOffset(), end), "");
    }

    /** Offset where the line holding {@code instruction} starts (its indentation is kept in front of inserts). */
    static int lineStart(Instruction instruction, String text) {
        int at = instruction.span().startOffset();
        while (at > 0 && text.charAt(at - 1) != '\n') {
            at--;
        }
        return at;
    }
}
