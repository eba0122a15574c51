package dev.slimline.rule;

import dev.slimline.dockerfile.Span;

/** Replace the text at {@code span} (its offsets) with {@code replacement}; an empty span inserts. */
public record TextEdit(Span span, String replacement) {
}
