package dev.slimline.dockerfile;

/** Validates HEALTHCHECK option values as BuildKit does: Go durations of at least 1ms, retries a positive int. */
final class HealthcheckOptions {

    private static final double MINIMUM_NANOS = 1_000_000;

    private HealthcheckOptions() {
    }

    /** An error message for a bad duration, or {@code null} when it is fine. */
    static String checkDuration(String name, String value) {
        if (value.isEmpty()) {
            return null;
        }
        double nanos = parseGoDuration(value);
        if (Double.isNaN(nanos)) {
            return "time: invalid duration \"" + value + "\"";
        }
        if (nanos < MINIMUM_NANOS) {
            return "Interval \"" + name + "\" cannot be less than 1ms";
        }
        return null;
    }

    static String checkRetries(String value) {
        if (value.isEmpty()) {
            return null;
        }
        long retries;
        try {
            retries = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return "strconv.ParseInt: parsing \"" + value + "\": invalid syntax";
        }
        if (retries > Integer.MAX_VALUE || retries < Integer.MIN_VALUE) {
            return "strconv.ParseInt: parsing \"" + value + "\": value out of range";
        }
        if (retries < 1) {
            return "--retries must be at least 1 (not " + retries + ")";
        }
        return null;
    }

    /** Go's time.ParseDuration, returning nanoseconds or NaN when malformed. */
    static double parseGoDuration(String text) {
        int pos = 0;
        boolean negative = false;
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '+')) {
            negative = text.charAt(pos) == '-';
            pos++;
        }
        if (text.substring(pos).equals("0")) {
            return 0;
        }
        if (pos == text.length()) {
            return Double.NaN;
        }
        double total = 0;
        while (pos < text.length()) {
            int numberStart = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
                pos++;
            }
            boolean leadingDigits = pos > numberStart;
            boolean fractionDigits = false;
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
                int fractionStart = pos;
                while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
                    pos++;
                }
                fractionDigits = pos > fractionStart;
            }
            if (!leadingDigits && !fractionDigits) {
                return Double.NaN;
            }
            double number = Double.parseDouble(text.substring(numberStart, pos).equals(".") ? "0"
                    : text.substring(numberStart, pos));
            int unitStart = pos;
            while (pos < text.length() && text.charAt(pos) != '.' && !(text.charAt(pos) >= '0'
                    && text.charAt(pos) <= '9')) {
                pos++;
            }
            double unit = switch (text.substring(unitStart, pos)) {
                case "ns" -> 1;
                case "us", "\u00b5s", "\u03bcs" -> 1e3;
                case "ms" -> 1e6;
                case "s" -> 1e9;
                case "m" -> 60e9;
                case "h" -> 3600e9;
                default -> Double.NaN;
            };
            if (Double.isNaN(unit)) {
                return Double.NaN;
            }
            total += number * unit;
        }
        return negative ? -total : total;
    }
}
