package dev.slimline.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides the exec form as BuildKit does: the arguments are exec form when they are one valid JSON array
 * (Go's encoding/json rules) whose elements are all strings. Invalid JSON means shell form; valid JSON with a
 * non-string element is an error. Iterative, so deeply nested input cannot overflow the stack.
 */
final class JsonStringArray {

    /** Valid JSON array with an element that is not a string (BuildKit rejects the instruction). */
    static final class NotStringsException extends Exception {
        NotStringsException() {
            super("when using JSON array syntax, arrays must be comprised of strings only", null, false, false);
        }
    }

    private static final int MAX_DEPTH = 10000;

    private final String text;
    private int pos;

    private JsonStringArray(String text) {
        this.text = text;
    }

    /** The strings of the array, or {@code null} when {@code text} is not exactly one JSON array. */
    static List<String> parse(String text) throws NotStringsException {
        int start = GoText.skipSpace(text, 0, text.length());
        if (start >= text.length() || text.charAt(start) != '[') {
            return null;
        }
        JsonStringArray parser = new JsonStringArray(text);
        parser.pos = start;
        return parser.array();
    }

    private List<String> array() throws NotStringsException {
        List<String> strings = new ArrayList<>();
        boolean allStrings = true;
        pos++; // [
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return endOfInput() ? strings : null;
        }
        while (true) {
            skipWhitespace();
            if (peek() == '"') {
                String value = string();
                if (value == null) {
                    return null;
                }
                strings.add(value);
            } else {
                allStrings = false;
                if (!skipValue()) {
                    return null;
                }
            }
            skipWhitespace();
            int c = peek();
            pos++;
            if (c == ']') {
                break;
            }
            if (c != ',') {
                return null;
            }
        }
        if (!endOfInput()) {
            return null;
        }
        if (!allStrings) {
            throw new NotStringsException();
        }
        return strings;
    }

    private boolean endOfInput() {
        skipWhitespace();
        return pos >= text.length();
    }

    private int peek() {
        return pos < text.length() ? text.charAt(pos) : -1;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** A JSON string at {@code pos}, decoded; {@code null} when malformed. */
    private String string() {
        StringBuilder out = new StringBuilder();
        pos++; // opening quote
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                return null;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                return null;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        return null;
                    }
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int digit = Character.digit(text.charAt(pos + i), 16);
                        if (digit < 0) {
                            return null;
                        }
                        code = code * 16 + digit;
                    }
                    pos += 4;
                    out.append((char) code);
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    /** Skips any JSON value (number, literal, string, nested array or object) iteratively; false if malformed. */
    private boolean skipValue() {
        // Each entry: '[' or '{'; expecting tells what may come next inside the innermost container.
        byte[] stack = new byte[16];
        int depth = 0;
        boolean needValue = true;
        while (true) {
            skipWhitespace();
            if (needValue) {
                int c = peek();
                if (c == '[' || c == '{') {
                    pos++;
                    if (depth == MAX_DEPTH) {
                        return false;
                    }
                    if (depth == stack.length) {
                        stack = java.util.Arrays.copyOf(stack, depth * 2);
                    }
                    stack[depth++] = (byte) c;
                    skipWhitespace();
                    if (peek() == (c == '[' ? ']' : '}')) {
                        pos++;
                        depth--;
                        needValue = false;
                    } else if (c == '{') {
                        if (!memberKey()) {
                            return false;
                        }
                    }
                    continue;
                }
                if (!scalar()) {
                    return false;
                }
                needValue = false;
            }
            if (depth == 0) {
                return true;
            }
            skipWhitespace();
            int c = peek();
            pos++;
            byte open = stack[depth - 1];
            if (c == ',') {
                if (open == '{' && !memberKey()) {
                    return false;
                }
                needValue = true;
            } else if ((open == '[' && c == ']') || (open == '{' && c == '}')) {
                depth--;
            } else {
                return false;
            }
        }
    }

    /** {@code "key" :} inside an object. */
    private boolean memberKey() {
        skipWhitespace();
        if (peek() != '"' || string() == null) {
            return false;
        }
        skipWhitespace();
        if (peek() != ':') {
            return false;
        }
        pos++;
        return true;
    }

    private boolean scalar() {
        int c = peek();
        if (c == '"') {
            return string() != null;
        }
        if (text.startsWith("true", pos)) {
            pos += 4;
            return true;
        }
        if (text.startsWith("false", pos)) {
            pos += 5;
            return true;
        }
        if (text.startsWith("null", pos)) {
            pos += 4;
            return true;
        }
        return number();
    }

    /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?} */
    private boolean number() {
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (digits() == 0) {
            return false;
        }
        if (peek() == '.') {
            pos++;
            if (digits() == 0) {
                return false;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            return digits() > 0;
        }
        return true;
    }

    private int digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos - start;
    }
}
