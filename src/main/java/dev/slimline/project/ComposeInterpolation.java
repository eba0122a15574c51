package dev.slimline.project;

import java.util.Map;
import java.util.function.Function;

/**
 * Compose's variable interpolation: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}} (unset or empty),
 * {@code ${VAR-default}} (unset), {@code ${VAR:+other}}, {@code ${VAR+other}}, {@code ${VAR:?message}} and
 * {@code ${VAR?message}} (required), and {@code $$} for a literal dollar. Defaults may themselves hold variables.
 */
final class ComposeInterpolation {

    /** A required variable was missing, or a reference was malformed; the message says which. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    private final Function<String, String> lookup;

    /** @param variables the shell environment over the project's {@code .env}, as Compose layers them */
    ComposeInterpolation(Map<String, String> variables) {
        this.lookup = variables::get;
    }

    String apply(String text) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 == text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int end = closingBrace(text, i + 2);
                out.append(braced(text.substring(i + 2, end)));
                i = end + 1;
            } else if (isNameStart(next)) {
                int end = i + 1;
                while (end < text.length() && isNamePart(text.charAt(end))) {
                    end++;
                }
                String value = lookup.apply(text.substring(i + 1, end));
                out.append(value == null ? "" : value);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String braced(String inner) {
        int nameEnd = 0;
        while (nameEnd < inner.length() && isNamePart(inner.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = inner.substring(0, nameEnd);
        if (name.isEmpty()) {
            throw new Failure("invalid interpolation format for \"${" + inner + "}\"");
        }
        String value = lookup.apply(name);
        String rest = inner.substring(nameEnd);
        if (rest.isEmpty()) {
            return value == null ? "" : value;
        }
        boolean colon = rest.startsWith(":");
        String operation = colon ? rest.substring(1) : rest;
        if (operation.isEmpty()) {
            throw new Failure("invalid interpolation format for \"${" + inner + "}\"");
        }
        char op = operation.charAt(0);
        String word = operation.substring(1);
        boolean set = value != null && !(colon && value.isEmpty());
        return switch (op) {
            case '-' -> set ? value : apply(word);
            case '+' -> set ? apply(word) : "";
            case '?' -> {
                if (!set) {
                    throw new Failure("required variable " + name + " is missing a value"
                            + (word.isEmpty() ? "" : ": " + apply(word)));
                }
                yield value;
            }
            default -> throw new Failure("invalid interpolation format for \"${" + inner + "}\"");
        };
    }

    /** The brace that closes the one opened before {@code from}, counting nested {@code ${...}} in defaults. */
    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new Failure("unterminated \"${\" in \"" + text + "\"");
    }

    private static boolean isNameStart(char c) {
        return c == '_' || Character.isLetter(c);
    }

    private static boolean isNamePart(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
