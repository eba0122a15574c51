package dev.slimline.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes as people write them in budgets: {@code 200MB}, {@code 1.5 GB}, {@code 512MiB}, {@code 1048576}. Units
 * without {@code i} are decimal, as {@code docker image ls} prints them, so a budget of 200MB compares with the
 * figure the user sees; {@code KiB}/{@code MiB}/{@code GiB} are binary.
 */
public final class ByteSizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]i?b|b)?", Pattern.CASE_INSENSITIVE);

    private ByteSizes() {
    }

    /** Bytes, or empty when the text is not a size. */
    public static Optional<Long> parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        double factor = switch (unit) {
            case "kb" -> 1e3;
            case "mb" -> 1e6;
            case "gb" -> 1e9;
            case "tb" -> 1e12;
            case "kib" -> 1024.0;
            case "mib" -> 1024.0 * 1024;
            case "gib" -> 1024.0 * 1024 * 1024;
            case "tib" -> 1024.0 * 1024 * 1024 * 1024;
            default -> 1.0;
        };
        return Optional.of(Math.round(number * factor));
    }
}
