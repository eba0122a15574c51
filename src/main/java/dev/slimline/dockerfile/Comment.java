package dev.slimline.dockerfile;

/**
 * A {@code #} comment line, either between instructions or inside a continued instruction.
 * {@code text} is what follows the {@code #}, untrimmed; rules read suppressions from it.
 */
public record Comment(String text, Span span) {
}
