package dev.slimline.dockerfile;

/** Character classes as BuildKit (written in Go) sees them, so splitting matches {@code docker build}. */
final class GoText {

    private GoText() {
    }

    /** Go's {@code unicode.IsSpace}: ASCII blanks, NEL, NBSP and the Unicode white-space characters. */
    static boolean isSpace(int c) {
        if (c <= 0xFF) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        return Character.isSpaceChar(c);
    }

    /** The {@code [\t\v\f\r ]} class BuildKit splits instruction words on. */
    static boolean isTokenBlank(char c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** Go's {@code strings.TrimSpace} bounds: index of the first non-space char at or after {@code from}. */
    static int skipSpace(CharSequence text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index just after the last non-space char before {@code to}, not below {@code from}. */
    static int trimEnd(CharSequence text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static String trim(String text) {
        int start = skipSpace(text, 0, text.length());
        return text.substring(start, trimEnd(text, start, text.length()));
    }
}
