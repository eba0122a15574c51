package dev.slimline.report;

import java.util.Locale;

/** Sizes the way {@code docker image ls} and the product story print them: decimal units, 2-3 significant digits. */
public final class SizeText {

    private SizeText() {
    }

    public static String of(long bytes) {
        if (bytes >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
        }
        if (bytes >= 1_000_000L) {
            return Math.round(bytes / 1e6) + " MB";
        }
        if (bytes >= 1_000L) {
            return Math.round(bytes / 1e3) + " kB";
        }
        return bytes + " B";
    }

    /** With the {@code ~} that marks an estimate. */
    public static String of(long bytes, boolean estimated) {
        return (estimated ? "~" : "") + of(bytes);
    }
}
