package dev.slimline.io;

/**
 * Makes untrusted text (file and directory names, image paths, FROM values, parse errors) safe to print: every
 * control character (C0, DEL, C1) becomes a visible escape, so a name cannot clear the screen, retitle the
 * terminal, move the cursor or start a forged line. Printable text, including non-ASCII, is kept.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} with ESC, CR, LF, TAB and the other control characters written as {@code \e}, {@code \r}, ... */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x1b -> out.append("\\e");
                default -> out.append(String.format("\\x%02x", (int) c));
            }
        }
        return out.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }
}
