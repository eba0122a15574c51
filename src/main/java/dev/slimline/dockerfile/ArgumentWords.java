package dev.slimline.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** The two ways BuildKit splits instruction arguments into words, keeping each word's logical-line range. */
final class ArgumentWords {

    /** A word and where it is, {@code [start, end)} in the logical line. */
    record Word(String text, int start, int end) {
    }

    private ArgumentWords() {
    }

    /** Split on runs of {@code [\t\v\f\r ]}, no quote handling (FROM, EXPOSE, COPY/ADD/VOLUME shell form). */
    static List<Word> blankSeparated(String line, int from, int to) {
        List<Word> words = new ArrayList<>();
        int pos = from;
        while (pos < to) {
            int start = pos;
            while (pos < to && !GoText.isTokenBlank(line.charAt(pos))) {
                pos++;
            }
            words.add(new Word(line.substring(start, pos), start, pos));
            while (pos < to && GoText.isTokenBlank(line.charAt(pos))) {
                pos++;
            }
        }
        return words;
    }

    /**
     * Split on white space outside quotes, quotes kept (ENV, LABEL, ARG): an escape char keeps the next char in
     * the word (except inside single quotes), a trailing escape char is dropped.
     */
    static List<Word> quoteAware(String line, int from, int to, char escape) {
        List<Word> words = new ArrayList<>();
        scan(line, from, to, escape, true, words);
        return words;
    }

    /**
     * The leading {@code --flag} words (quotes and backslashes removed, a lone {@code --} ends them) into
     * {@code flags}; returns where the arguments after them begin.
     */
    static int flags(String line, int from, int to, List<Word> flags) {
        return scan(line, from, to, '\\', false, flags);
    }

    /**
     * BuildKit's word state machine, shared by its parseWords ({@code keep}: quotes and escapes stay in the
     * words) and extractBuilderFlags (not {@code keep}: they are removed, and scanning stops at the first word
     * that does not start with {@code --}). Returns where scanning stopped.
     */
    private static int scan(String line, int from, int to, char escape, boolean keep, List<Word> words) {
        final int spaces = 0;
        final int word = 1;
        final int quoted = 2;
        boolean flagsOnly = !keep;
        int phase = spaces;
        char quote = 0;
        boolean blankOk = false;
        StringBuilder current = new StringBuilder();
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
                if (flagsOnly && (ch != '-' || pos + 1 == to || line.charAt(pos + 1) != '-')) {
                    return pos;
                }
                phase = word;
                wordStart = pos;
            }
            boolean endOfFlags = flagsOnly && current.toString().equals("--");
            if (pos == to) {
                if (!endOfFlags && (blankOk || !current.isEmpty())) {
                    words.add(new Word(current.toString(), wordStart, to));
                }
                break;
            }
            if (phase == word) {
                if (GoText.isSpace(ch)) {
                    if (endOfFlags) {
                        return pos;
                    }
                    phase = spaces;
                    if (blankOk || !current.isEmpty()) {
                        words.add(new Word(current.toString(), wordStart, pos));
                    }
                    current.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    phase = quoted;
                    if (keep) {
                        current.append(ch);
                    }
                    continue;
                }
                if (ch == escape) {
                    if (pos + 1 == to) {
                        continue; // an escape char at the very end is dropped
                    }
                    if (keep) {
                        current.append(ch);
                    }
                    ch = line.charAt(++pos);
                }
                current.append(ch);
                continue;
            }
            if (ch == quote) {
                phase = word;
                if (keep) {
                    current.append(ch);
                }
                continue;
            }
            if (ch == escape && (!keep || quote != '\'')) {
                if (pos + 1 == to) {
                    phase = word;
                    continue;
                }
                if (keep) {
                    current.append(ch);
                }
                ch = line.charAt(++pos);
            }
            current.append(ch);
        }
        return to;
    }
}
