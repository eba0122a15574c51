package dev.slimline.dockerfile;

import java.util.Arrays;

/**
 * A shell wildcard pattern of {@code ${var#pattern}}, {@code ${var%pattern}} and {@code ${var/pattern/repl}}:
 * {@code *} any run, {@code ?} one character, {@code \*} {@code \?} {@code \\} literals (no brackets, as BuildKit).
 * Matched by a set-of-states simulation, so time is linear in value length times pattern length.
 */
final class ShellPattern {

    private static final int STAR = -1;
    private static final int ANY = -2;

    /** One entry per token: a literal char, {@link #STAR} or {@link #ANY}. */
    private final int[] tokens;

    private ShellPattern(int[] tokens) {
        this.tokens = tokens;
    }

    static ShellPattern compile(String pattern) {
        int[] tokens = new int[pattern.length()];
        int count = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                tokens[count++] = STAR;
            } else if (c == '?') {
                tokens[count++] = ANY;
            } else if (c == '\\') {
                char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : 0;
                if (next == '}' || next == '/') {
                    continue; // the escape only kept } or / from ending the ${...}
                }
                if (next != '*' && next != '?' && next != '\\') {
                    throw new VariableExpander.ExpansionException("invalid pattern (" + pattern
                            + ") in substitution: invalid escape '\\" + (next == 0 ? "" : String.valueOf(next)) + "'");
                }
                tokens[count++] = next;
                i++;
            } else {
                tokens[count++] = c;
            }
        }
        return new ShellPattern(Arrays.copyOf(tokens, count));
    }

    private ShellPattern reversed() {
        int[] copy = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            copy[i] = tokens[tokens.length - 1 - i];
        }
        return new ShellPattern(copy);
    }

    /** {@code ${v#p}} / {@code ${v##p}}: remove the shortest (or longest) matching prefix. */
    String removePrefix(String value, boolean longest) {
        int end = matchEnd(value, 0, longest);
        return end < 0 ? value : value.substring(end);
    }

    /** {@code ${v%p}} / {@code ${v%%p}}: remove the shortest (or longest) matching suffix. */
    String removeSuffix(String value, boolean longest) {
        String reversedValue = new StringBuilder(value).reverse().toString();
        int end = reversed().matchEnd(reversedValue, 0, longest);
        return end < 0 ? value : value.substring(0, value.length() - end);
    }

    /** {@code ${v/p/r}} and {@code ${v//p/r}}: replace the first (or every) leftmost-longest match. */
    String replace(String value, String replacement, boolean all) {
        StringBuilder out = new StringBuilder();
        int lastMatchEnd = 0;
        int searchFrom = 0;
        while (searchFrom <= value.length()) {
            int start = -1;
            int end = -1;
            for (int s = searchFrom; s <= value.length() && start < 0; s++) {
                int e = matchEnd(value, s, true);
                if (e >= 0) {
                    start = s;
                    end = e;
                }
            }
            if (start < 0) {
                break;
            }
            out.append(value, lastMatchEnd, start);
            // An empty match right after another match is not replaced again (as Go's ReplaceAll).
            if (end > lastMatchEnd || start == 0) {
                out.append(replacement);
            }
            lastMatchEnd = end;
            if (!all) {
                break;
            }
            searchFrom = Math.max(end, searchFrom + 1);
        }
        out.append(value, lastMatchEnd, value.length());
        return out.toString();
    }

    /** End of the shortest or longest match anchored at {@code start}, or -1 when none. */
    private int matchEnd(String value, int start, boolean longest) {
        int m = tokens.length;
        boolean[] states = new boolean[m + 1];
        boolean[] next = new boolean[m + 1];
        states[0] = true;
        closure(states);
        int found = states[m] ? start : -1;
        if (found >= 0 && !longest) {
            return found;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            Arrays.fill(next, false);
            boolean alive = false;
            for (int k = 0; k < m; k++) {
                if (!states[k]) {
                    continue;
                }
                int token = tokens[k];
                if (token == STAR) {
                    if (c != '\n') {
                        next[k] = true;
                        alive = true;
                    }
                } else if ((token == ANY && c != '\n') || token == c) {
                    next[k + 1] = true;
                    alive = true;
                }
            }
            if (!alive) {
                break;
            }
            closure(next);
            boolean[] swap = states;
            states = next;
            next = swap;
            if (states[m]) {
                found = i + 1;
                if (!longest) {
                    return found;
                }
            }
        }
        return found;
    }

    /** A star may match nothing: reaching it also reaches what follows it. */
    private void closure(boolean[] states) {
        for (int k = 0; k < tokens.length; k++) {
            if (states[k] && tokens[k] == STAR) {
                states[k + 1] = true;
            }
        }
    }
}
