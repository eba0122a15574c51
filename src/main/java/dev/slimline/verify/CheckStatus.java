package dev.slimline.verify;

/** The outcome of one check. Only {@link #FAIL} makes verify exit 1. */
public enum CheckStatus {
    PASS("✓"),
    FAIL("✗"),
    /** Worth a look but not a failure, e.g. a runtime contract difference that is not breaking. */
    WARN("!");

    private final String mark;

    CheckStatus(String mark) {
        this.mark = mark;
    }

    /** The mark the text report prints. */
    public String mark() {
        return mark;
    }
}
