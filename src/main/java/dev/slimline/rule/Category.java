package dev.slimline.rule;

/** What a rule protects; the first digit of its ID says the same (SL1xxx size, SL2xxx security, SL3xxx the rest). */
public enum Category {
    SIZE,
    SECURITY,
    RELIABILITY,
    MAINTAINABILITY
}
