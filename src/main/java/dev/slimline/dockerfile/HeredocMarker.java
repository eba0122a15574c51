package dev.slimline.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code <<EOF} word on a RUN/COPY/ADD line, found the way BuildKit finds them: split the line into words
 * keeping quotes and escapes, take each word of the form {@code [n]<<[-][blanks]rest} with no further {@code <},
 * and unquote {@code rest} into the delimiter; a delimiter that was quoted (in whole or part) turns off expansion.
 */
record HeredocMarker(String name, boolean quoted, boolean stripTabs) {

    /** The heredoc markers of an instruction's logical line, in order. */
    static List<HeredocMarker> fromLine(String line) {
        if (!line.contains("<<")) {
            return List.of();
        }
        List<String> words;
        try {
            words = VariableExpander.rawWords(line);
        } catch (VariableExpander.ExpansionException e) {
            return List.of(); // BuildKit ignores lexing errors here: no heredocs
        }
        List<HeredocMarker> markers = new ArrayList<>();
        for (String word : words) {
            HeredocMarker marker = parse(word);
            if (marker != null) {
                markers.add(marker);
            }
        }
        return markers;
    }

    /** The marker a single word stands for, or {@code null} when it is not one. */
    static HeredocMarker parse(String word) {
        int pos = 0;
        while (pos < word.length() && word.charAt(pos) >= '0' && word.charAt(pos) <= '9') {
            pos++;
        }
        if (!word.startsWith("<<", pos)) {
            return null;
        }
        pos += 2;
        boolean stripTabs = pos < word.length() && word.charAt(pos) == '-';
        if (stripTabs) {
            pos++;
        }
        while (pos < word.length() && " \t\n\f\r".indexOf(word.charAt(pos)) >= 0) {
            pos++;
        }
        String rest = word.substring(pos);
        if (rest.isEmpty() || rest.indexOf('<') >= 0) {
            return null;
        }
        List<String> plain;
        List<String> raw;
        try {
            plain = VariableExpander.plainWords(rest);
            raw = VariableExpander.quotedWords(rest);
        } catch (VariableExpander.ExpansionException e) {
            return null;
        }
        if (plain.size() != 1 || raw.size() != 1) {
            return null;
        }
        String name = plain.get(0);
        boolean quoted = quoteCount(name) != quoteCount(raw.get(0));
        return new HeredocMarker(name, quoted, stripTabs);
    }

    private static int quoteCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                count++;
            }
        }
        return count;
    }
}
