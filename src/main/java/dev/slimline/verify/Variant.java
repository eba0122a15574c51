package dev.slimline.verify;

import java.util.Locale;

/** The two images verify compares. */
public enum Variant {
    ORIGINAL,
    OPTIMIZED;

    /** Lower-case, as used in tags, compose project names and JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
