package dev.slimline.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The first split of an instruction, as BuildKit's splitCommand and extractBuilderFlags do it: the keyword (up to
 * the first blank), the leading {@code --flag} words (quotes and backslash escapes removed), and the remaining
 * arguments, all as index ranges of the {@link LogicalLine}.
 */
record InstructionHeader(int keywordStart, int keywordEnd, String keyword, List<FlagWord> flags, int argsStart,
                         int argsEnd) {

    /** One flag word; {@code text} is processed (e.g. {@code --mount=type=cache}), {@code [start, end)} as written. */
    record FlagWord(String text, int start, int end) {
    }

    /** Splits logical-line range {@code [from, to)}, which must hold at least one non-space char. */
    static InstructionHeader split(String line, int from, int to) {
        int start = GoText.skipSpace(line, from, to);
        int end = GoText.trimEnd(line, start, to);
        int keywordEnd = start;
        while (keywordEnd < end && !GoText.isTokenBlank(line.charAt(keywordEnd))) {
            keywordEnd++;
        }
        int rest = keywordEnd;
        while (rest < end && GoText.isTokenBlank(line.charAt(rest))) {
            rest++;
        }
        List<FlagWord> flags = new ArrayList<>();
        int argsFrom = extractFlags(line, rest, end, flags);
        int argsStart = GoText.skipSpace(line, argsFrom, end);
        int argsEnd = GoText.trimEnd(line, argsStart, end);
        return new InstructionHeader(start, keywordEnd, line.substring(start, keywordEnd), flags, argsStart, argsEnd);
    }

    String keywordUpper() {
        return keyword.toUpperCase(java.util.Locale.ROOT);
    }

    /** Collects leading {@code --} words into {@code flags}; returns where the arguments begin. */
    private static int extractFlags(String line, int from, int to, List<FlagWord> flags) {
        final int spaces = 0;
        final int word = 1;
        final int quoted = 2;
        int phase = spaces;
        StringBuilder current = new StringBuilder();
        char quote = 0;
        boolean blankOk = false;
        int wordStart = from;
        for (int pos = from; pos <= to; pos++) {
            char ch = pos < to ? line.charAt(pos) : 0;
            if (phase == spaces) {
                if (pos == to) {
                    break;
                }
                if (GoText.isSpace(ch)) {
                    continue;
                }
                if (ch != '-' || pos + 1 == to || line.charAt(pos + 1) != '-') {
                    return pos;
                }
                phase = word;
                wordStart = pos;
            }
            if (pos == to) {
                if (!current.toString().equals("--") && (blankOk || !current.isEmpty())) {
                    flags.add(new FlagWord(current.toString(), wordStart, to));
                }
                break;
            }
            if (phase == word) {
                if (GoText.isSpace(ch)) {
                    phase = spaces;
                    if (current.toString().equals("--")) {
                        return pos;
                    }
                    if (blankOk || !current.isEmpty()) {
                        flags.add(new FlagWord(current.toString(), wordStart, pos));
                    }
                    current.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    phase = quoted;
                    continue;
                }
                if (ch == '\\') {
                    if (pos + 1 == to) {
                        continue;
                    }
                    ch = line.charAt(++pos);
                }
                current.append(ch);
                continue;
            }
            // quoted
            if (ch == quote) {
                phase = word;
                continue;
            }
            if (ch == '\\') {
                if (pos + 1 == to) {
                    phase = word;
                    continue;
                }
                ch = line.charAt(++pos);
            }
            current.append(ch);
        }
        return to;
    }
}
