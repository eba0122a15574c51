package dev.slimline.dockerfile.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a POSIX shell script (the text of a RUN) into simple commands, roughly the way {@code sh} does:
 * on {@code &&}, {@code ||}, {@code ;}, {@code |}, {@code &} and newlines, honouring quotes, backslash
 * escapes, line continuations, {@code $(...)}, {@code ${...}} and backquotes (kept inside their word),
 * comments, subshells and brace groups (their contents are split too), redirections (dropped from argv)
 * and here-documents (their bodies are data, skipped). It never fails: odd input gives odd words, not errors.
 */
public final class ShellSplitter {

    /** Reserved words that only introduce the command after them. */
    private static final Set<String> KEYWORDS =
            Set.of("if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}");

    private final String s;
    private int i;
    private final List<ShellCommand> commands = new ArrayList<>();
    private final List<HereDoc> pendingHereDocs = new ArrayList<>();
    // the command being read
    private final List<String> words = new ArrayList<>();
    private final List<Integer> wordStarts = new ArrayList<>();
    private int commandEnd;

    private record HereDoc(String delimiter, boolean stripTabs) {
    }

    private ShellSplitter(String script) {
        this.s = script;
    }

    public static ShellScript split(String script) {
        ShellSplitter splitter = new ShellSplitter(script);
        splitter.run();
        return new ShellScript(script, splitter.commands);
    }

    private void run() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                i += 2;
            } else if (c == '\\' && i + 2 < s.length() && s.charAt(i + 1) == '\r' && s.charAt(i + 2) == '\n') {
                i += 3;
            } else if (c == '#') { // the loop only stops at word starts, where # opens a comment
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\n') {
                i++;
                finish(Operator.NEWLINE);
                skipHereDocBodies();
            } else if (c == ';') {
                i += s.startsWith(";;", i) ? 2 : 1;
                finish(Operator.SEMICOLON);
            } else if (s.startsWith("&&", i)) {
                i += 2;
                finish(Operator.AND);
            } else if (s.startsWith("||", i)) {
                i += 2;
                finish(Operator.OR);
            } else if (c == '|') {
                i += s.startsWith("|&", i) ? 2 : 1;
                finish(Operator.PIPE);
            } else if (s.startsWith("&>", i)) {
                i += s.startsWith("&>>", i) ? 3 : 2;
                readWordAt(); // redirect target, dropped
            } else if (c == '&') {
                i++;
                finish(Operator.BACKGROUND);
            } else if (c == '(' && words.isEmpty()) {
                i++; // subshell: its commands are read like any others
            } else if (c == ')') {
                i++;
                finish(Operator.END);
            } else if (c == '<' || c == '>') {
                redirect();
            } else {
                int start = i;
                String word = readWordAt();
                if (i < s.length() && (s.charAt(i) == '>' || s.charAt(i) == '<') && word.chars().allMatch(Character::isDigit)) {
                    continue; // "2>file": the fd number belongs to the redirection
                }
                addWord(word, start);
            }
        }
        finish(Operator.END);
    }

    private void addWord(String word, int start) {
        if (words.isEmpty() && KEYWORDS.contains(word)) {
            return;
        }
        words.add(word);
        wordStarts.add(start);
        commandEnd = i;
    }

    private void redirect() {
        if (s.startsWith("<<<", i)) {
            i += 3;
            readWordAt();
            return;
        }
        if (s.startsWith("<<", i)) {
            i += 2;
            boolean stripTabs = i < s.length() && s.charAt(i) == '-';
            if (stripTabs) {
                i++;
            }
            skipBlanks();
            pendingHereDocs.add(new HereDoc(readWordAt(), stripTabs));
            return;
        }
        i++;
        while (i < s.length() && (s.charAt(i) == '>' || s.charAt(i) == '&' || s.charAt(i) == '|')) {
            i++;
        }
        skipBlanks();
        readWordAt();
    }

    private void skipBlanks() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
    }

    /** Skips the bodies of here-documents opened on the line just ended. */
    private void skipHereDocBodies() {
        for (HereDoc doc : pendingHereDocs) {
            while (i < s.length()) {
                int eol = s.indexOf('\n', i);
                int lineEnd = eol < 0 ? s.length() : eol;
                String line = s.substring(i, lineEnd);
                i = eol < 0 ? s.length() : eol + 1;
                String candidate = doc.stripTabs() ? line.replaceFirst("^\t+", "") : line;
                if (candidate.stripTrailing().equals(doc.delimiter())) {
                    break;
                }
            }
        }
        pendingHereDocs.clear();
    }

    private void finish(Operator next) {
        if (words.isEmpty()) {
            if (!commands.isEmpty() && next != Operator.NEWLINE && next != Operator.END) {
                // "a \n && b" style continuations: the operator belongs to the previous command
                ShellCommand last = commands.remove(commands.size() - 1);
                commands.add(new ShellCommand(last.assignments(), last.argv(), last.start(), last.end(), next));
            }
            return;
        }
        int firstProgramWord = 0;
        while (firstProgramWord < words.size() - 1 && isAssignment(words.get(firstProgramWord))) {
            firstProgramWord++;
        }
        if (firstProgramWord == words.size() - 1 && isAssignment(words.get(firstProgramWord))) {
            firstProgramWord = words.size(); // only assignments
        }
        commands.add(new ShellCommand(
                words.subList(0, firstProgramWord),
                words.subList(Math.min(firstProgramWord, words.size()), words.size()),
                wordStarts.get(0), commandEnd, next));
        words.clear();
        wordStarts.clear();
    }

    private static boolean isAssignment(String word) {
        int eq = word.indexOf('=');
        if (eq <= 0) {
            return false;
        }
        for (int k = 0; k < eq; k++) {
            char c = word.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '_') || k == 0 && Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** Reads one word starting at {@code i} and returns it unquoted; {@code $(...)} and the like stay verbatim. */
    private String readWordAt() {
        StringBuilder out = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>'
                    || c == ')') {
                break;
            }
            if (c == '\\') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i += 2; // continuation inside a word joins it
                    continue;
                }
                if (i + 1 < s.length()) {
                    out.append(s.charAt(i + 1));
                }
                i += 2;
            } else if (c == '\'') {
                int close = s.indexOf('\'', i + 1);
                int end = close < 0 ? s.length() : close;
                out.append(s, i + 1, end);
                i = Math.min(s.length(), end + 1);
            } else if (c == '"') {
                readDoubleQuoted(out);
            } else if (c == '$' && i + 1 < s.length() && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '{')) {
                int end = matching(i + 1);
                out.append(s, i, end);
                i = end;
            } else if (c == '`') {
                int close = s.indexOf('`', i + 1);
                int end = close < 0 ? s.length() : close + 1;
                out.append(s, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private void readDoubleQuoted(StringBuilder out) {
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "$`\"\\\n".indexOf(s.charAt(i + 1)) >= 0) {
                if (s.charAt(i + 1) != '\n') {
                    out.append(s.charAt(i + 1));
                }
                i += 2;
            } else if (c == '$' && i + 1 < s.length() && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '{')) {
                int end = matching(i + 1);
                out.append(s, i, end);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        i = Math.min(s.length(), i + 1);
    }

    /** Offset just past the bracket closing the one at {@code open}, skipping quoted text; end of script if none. */
    private int matching(int open) {
        char opening = s.charAt(open);
        char closing = opening == '(' ? ')' : '}';
        int depth = 0;
        int k = open;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '\\') {
                k += 2;
                continue;
            }
            if (c == '\'' && opening == '(') {
                int close = s.indexOf('\'', k + 1);
                k = close < 0 ? s.length() : close + 1;
                continue;
            }
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return k + 1;
            }
            k++;
        }
        return s.length();
    }
}
