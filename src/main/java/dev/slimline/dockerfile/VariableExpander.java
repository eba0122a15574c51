package dev.slimline.dockerfile;

import dev.slimline.SlimlineException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expands Dockerfile variables the way BuildKit's shell lexer does for ENV, ARG, FROM, COPY and the like:
 * {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-word}} {@code ${VAR-word}} {@code ${VAR:+word}} {@code ${VAR+word}}
 * {@code ${VAR:?msg}} {@code ${VAR?msg}} {@code ${VAR#p}} {@code ${VAR##p}} {@code ${VAR%p}} {@code ${VAR%%p}}
 * {@code ${VAR/p/r}} {@code ${VAR//p/r}}; single quotes are literal, double quotes allow {@code $}, the escape
 * character escapes the next character, and the quotes themselves are removed.
 * An unset variable expands to the empty string. Immutable and thread-safe.
 */
public final class VariableExpander {

    /** The expander for the default escape character {@code \}. */
    public static final VariableExpander BACKSLASH = new VariableExpander('\\');
    /** The expander for {@code # escape=`}. */
    public static final VariableExpander BACKTICK = new VariableExpander('`');

    private final char escape;

    private VariableExpander(char escape) {
        this.escape = escape;
    }

    /** The expander for a Dockerfile's escape character ({@link Dockerfile#escape()}). */
    public static VariableExpander forEscape(char escape) {
        return escape == '`' ? BACKTICK : BACKSLASH;
    }

    /** A malformed word ({@code ${}}, an unterminated quote) or a {@code :?}/{@code ?} on an unset variable. */
    public static final class ExpansionException extends SlimlineException {
        public ExpansionException(String message) {
            super(Kind.BAD_INPUT, message);
        }
    }

    /**
     * The word with variables replaced from {@code variables} and quotes removed (BuildKit's ProcessWord).
     *
     * @throws ExpansionException on malformed input or {@code ${VAR:?message}} with VAR unset or empty
     */
    public String expand(String word, Map<String, String> variables) {
        return new Lexer(word, variables, escape, false, false, false).process().text;
    }

    /** Like {@link #expand} but split into words on unquoted white space after expansion (BuildKit's ProcessWords). */
    public List<String> expandWords(String word, Map<String, String> variables) {
        return new Lexer(word, variables, escape, false, false, false).process().words;
    }

    /**
     * Removes quotes and escapes but leaves every variable reference as written ({@code $A}, {@code ${A:-x}}):
     * what the value means before any variable is known.
     *
     * @throws ExpansionException on malformed input
     */
    public String unquote(String word) {
        return new Lexer(word, Map.of(), escape, false, false, true).process().text;
    }

    /**
     * Words as BuildKit's heredoc detection sees them: quotes and escapes kept, nothing expanded, and blanks after
     * {@code <<} or {@code <<-} kept in the word so that {@code << EOF} stays one word.
     */
    static List<String> rawWords(String line) {
        Lexer lexer = new Lexer(line, Map.of(), '\\', true, true, true);
        lexer.heredocAware = true;
        return lexer.process().words;
    }

    /** Words with quotes kept but escapes applied, nothing expanded (heredoc delimiter check). */
    static List<String> quotedWords(String word) {
        return new Lexer(word, Map.of(), '\\', true, false, true).process().words;
    }

    /** The heredoc delimiter word with quotes removed (nothing expanded). */
    static List<String> plainWords(String word) {
        return new Lexer(word, Map.of(), '\\', false, false, true).process().words;
    }

    /** Result of one run: the whole word and its split into words. */
    private record Processed(String text, List<String> words) {
    }

    /** One pass over a word, with the option switches of BuildKit's lexer. */
    private static final class Lexer {
        private static final int EOF = -1;
        private static final int MAX_NESTING = 200;
        private static final int MAX_EXPANDED_CHARS = 1 << 20;

        private final String source;
        private final Map<String, String> variables;
        private final char escape;
        private final boolean rawQuotes;
        private final boolean skipUnset;
        private boolean rawEscapes;
        private boolean heredocAware;
        private int pos;
        /** Nesting of ${...} inside ${...}; bounded so hostile input cannot exhaust the stack. */
        private int depth;

        Lexer(String source, Map<String, String> variables, char escape, boolean rawQuotes, boolean rawEscapes,
              boolean skipUnset) {
            this.source = source;
            this.variables = variables;
            this.escape = escape;
            this.rawQuotes = rawQuotes;
            this.rawEscapes = rawEscapes;
            this.skipUnset = skipUnset;
        }

        Processed process() {
            return processStopOn(EOF, rawEscapes);
        }

        private int peek() {
            return pos < source.length() ? source.charAt(pos) : EOF;
        }

        private int next() {
            return pos < source.length() ? source.charAt(pos++) : EOF;
        }

        private Processed processStopOn(int stop, boolean rawEscapesHere) {
            boolean saved = rawEscapes;
            rawEscapes = rawEscapesHere;
            try {
                StringBuilder result = new StringBuilder();
                Words words = new Words();
                while (peek() != EOF) {
                    requireBounded(result);
                    int c = peek();
                    if (stop != EOF && c == stop) {
                        pos++;
                        return new Processed(result.toString(), words.finish());
                    }
                    if (c == '$') {
                        String value = processDollar();
                        result.append(value);
                        words.addString(value);
                    } else if (c == '<' && heredocAware) {
                        String value = processPossibleHeredoc();
                        result.append(value);
                        words.addRaw(value);
                    } else if (c == '\'') {
                        String value = processSingleQuote();
                        result.append(value);
                        words.addRaw(value);
                    } else if (c == '"') {
                        String value = processDoubleQuote();
                        result.append(value);
                        words.addRaw(value);
                    } else {
                        pos++;
                        if (c == escape) {
                            if (rawEscapes) {
                                words.addRaw((char) c);
                                result.append((char) c);
                            }
                            c = next();
                            if (c == EOF) {
                                break;
                            }
                            words.addRaw((char) c);
                        } else {
                            words.addChar((char) c);
                        }
                        result.append((char) c);
                    }
                }
                if (stop != EOF) {
                    throw new ExpansionException(
                            "unexpected end of statement while looking for matching " + (char) stop);
                }
                return new Processed(result.toString(), words.finish());
            } finally {
                rawEscapes = saved;
            }
        }

        /** {@code <<}, {@code <<-} and the blanks after them, as one piece of a word. */
        private String processPossibleHeredoc() {
            pos++;
            if (peek() != '<') {
                return "<";
            }
            pos++;
            StringBuilder marker = new StringBuilder("<<");
            if (peek() == '-') {
                marker.append('-');
                pos++;
            }
            while (peek() == ' ' || peek() == '\t') {
                marker.append((char) next());
            }
            return marker.toString();
        }

        private String processSingleQuote() {
            StringBuilder result = new StringBuilder();
            int c = next();
            if (rawQuotes) {
                result.append((char) c);
            }
            while (true) {
                c = next();
                if (c == EOF) {
                    throw new ExpansionException(
                            "unexpected end of statement while looking for matching single-quote");
                }
                if (c == '\'') {
                    if (rawQuotes) {
                        result.append('\'');
                    }
                    return result.toString();
                }
                result.append((char) c);
            }
        }

        private String processDoubleQuote() {
            StringBuilder result = new StringBuilder();
            int c = next();
            if (rawQuotes) {
                result.append((char) c);
            }
            while (true) {
                int p = peek();
                if (p == EOF) {
                    throw new ExpansionException(
                            "unexpected end of statement while looking for matching double-quote");
                }
                if (p == '"') {
                    pos++;
                    if (rawQuotes) {
                        result.append('"');
                    }
                    return result.toString();
                }
                if (p == '$') {
                    result.append(processDollar());
                    requireBounded(result);
                    continue;
                }
                c = next();
                if (c == escape) {
                    if (rawEscapes) {
                        result.append((char) c);
                    }
                    int after = peek();
                    if (after == EOF) {
                        continue; // a lone escape at the end is dropped
                    }
                    if (after == '"' || after == '$' || after == escape) {
                        c = next();
                    }
                }
                result.append((char) c);
            }
        }

        /** ARG A=${A}${A} doubles per line: forty lines would need terabytes, so a word is capped. */
        private static void requireBounded(StringBuilder result) {
            if (result.length() > MAX_EXPANDED_CHARS) {
                throw new ExpansionException("expands to more than " + (MAX_EXPANDED_CHARS >> 20) + " Mi characters");
            }
        }

        private String processDollar() {
            if (++depth > MAX_NESTING) {
                throw new ExpansionException("substitution nested more than " + MAX_NESTING + " deep");
            }
            try {
                return processDollarAt();
            } finally {
                depth--;
            }
        }

        private String processDollarAt() {
            pos++; // the $
            if (peek() != '{') {
                String name = processName();
                if (name.isEmpty()) {
                    return "$";
                }
                String value = variables.get(name);
                if (value == null && skipUnset) {
                    return "$" + name;
                }
                return value == null ? "" : value;
            }
            pos++; // the {
            int first = peek();
            if (first == EOF) {
                throw new ExpansionException("syntax error: missing '}'");
            }
            if (first == '{' || first == '}' || first == ':') {
                throw new ExpansionException("syntax error: bad substitution");
            }
            String name = processName();
            int c = next();
            if (c == EOF) {
                throw new ExpansionException("syntax error: missing '}'");
            }
            String modifier = String.valueOf((char) c);
            boolean nullIsUnset = false;
            switch (c) {
                case '}' -> {
                    String value = variables.get(name);
                    if (value == null && skipUnset) {
                        return "${" + name + "}";
                    }
                    return value == null ? "" : value;
                }
                case '/' -> {
                    return processReplace(name);
                }
                case ':' -> {
                    nullIsUnset = true;
                    c = next();
                    modifier += c == EOF ? "" : String.valueOf((char) c);
                }
                case '+', '-', '?', '#', '%' -> {
                }
                default -> throw new ExpansionException("unsupported modifier (" + modifier + ") in substitution");
            }
            boolean patternModifier = c == '#' || c == '%';
            if (nullIsUnset && patternModifier) {
                throw new ExpansionException("unsupported modifier (" + modifier + ") in substitution");
            }
            String word = wordUntilBrace(patternModifier);
            String value = variables.get(name);
            boolean set = value != null;
            if (skipUnset && !set) {
                return "${" + name + modifier + word + "}";
            }
            String current = set ? value : "";
            boolean empty = !set || (nullIsUnset && current.isEmpty());
            switch (c) {
                case '-':
                    return empty ? word : current;
                case '+':
                    return empty ? "" : word;
                case '?':
                    if (!set) {
                        throw new ExpansionException(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
                    }
                    if (empty) {
                        throw new ExpansionException(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
                    }
                    return current;
                case '#', '%': {
                    boolean longest = !word.isEmpty() && word.charAt(0) == c;
                    ShellPattern pattern = ShellPattern.compile(longest ? word.substring(1) : word);
                    return c == '#' ? pattern.removePrefix(current, longest) : pattern.removeSuffix(current, longest);
                }
                default:
                    throw new ExpansionException("unsupported modifier (" + modifier + ") in substitution");
            }
        }

        private String wordUntilBrace(boolean keepEscapes) {
            try {
                return processStopOn('}', keepEscapes).text;
            } catch (ExpansionException e) {
                if (peek() == EOF) {
                    throw new ExpansionException("syntax error: missing '}'");
                }
                throw e;
            }
        }

        private String processReplace(String name) {
            boolean all = peek() == '/';
            if (all) {
                pos++;
            }
            String pattern;
            try {
                pattern = processStopOn('/', true).text;
            } catch (ExpansionException e) {
                if (peek() == EOF) {
                    throw new ExpansionException("syntax error: missing '/' in ${}");
                }
                throw e;
            }
            String replacement = wordUntilBrace(true);
            String value = variables.get(name);
            if (value == null && skipUnset) {
                return "${" + name + "/" + pattern + "/" + replacement + "}";
            }
            return ShellPattern.compile(pattern).replace(value == null ? "" : value, replacement, all);
        }

        private String processName() {
            StringBuilder name = new StringBuilder();
            while (peek() != EOF) {
                int c = peek();
                if (name.isEmpty() && Character.isDigit(c)) {
                    while (peek() != EOF && Character.isDigit(peek())) {
                        name.append((char) next());
                    }
                    return name.toString();
                }
                if (name.isEmpty() && isSpecialParameter(c)) {
                    return String.valueOf((char) next());
                }
                if (!Character.isLetterOrDigit(c) && c != '_') {
                    break;
                }
                name.append((char) next());
            }
            return name.toString();
        }

        private static boolean isSpecialParameter(int c) {
            return c == '@' || c == '*' || c == '#' || c == '?' || c == '-' || c == '$' || c == '!' || c == '0';
        }
    }

    /** Word splitting on unquoted white space, keeping quoted white space (BuildKit's wordsStruct). */
    private static final class Words {
        private final List<String> words = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean inWord;

        void addChar(char c) {
            if (GoText.isSpace(c)) {
                if (inWord && !current.isEmpty()) {
                    words.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
            } else {
                addRaw(c);
            }
        }

        void addRaw(char c) {
            current.append(c);
            inWord = true;
        }

        void addRaw(String s) {
            current.append(s);
            inWord = true;
        }

        void addString(String s) {
            for (int i = 0; i < s.length(); i++) {
                addChar(s.charAt(i));
            }
        }

        List<String> finish() {
            if (!current.isEmpty()) {
                words.add(current.toString());
                current.setLength(0);
                inWord = false;
            }
            return words;
        }
    }
}
