package dev.slimline.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The first split of an instruction, as BuildKit's splitCommand and extractBuilderFlags do it: the keyword (up to
 * the first blank), the leading {@code --flag} words (quotes and backslash escapes removed), and the remaining
 * arguments, all as index ranges of the {@link LogicalLine}. A flag word's text is processed (e.g.
 * {@code --mount=type=cache}), its range as written.
 */
record InstructionHeader(int keywordStart, int keywordEnd, String keyword, List<ArgumentWords.Word> flags,
                         int argsStart, int argsEnd) {

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
        List<ArgumentWords.Word> flags = new ArrayList<>();
        int argsFrom = ArgumentWords.flags(line, rest, end, flags);
        int argsStart = GoText.skipSpace(line, argsFrom, end);
        int argsEnd = GoText.trimEnd(line, argsStart, end);
        return new InstructionHeader(start, keywordEnd, line.substring(start, keywordEnd), flags, argsStart, argsEnd);
    }

    String keywordUpper() {
        return keyword.toUpperCase(java.util.Locale.ROOT);
    }
}
