package dev.slimline.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The part of HCL that bake files use, read into the shape of bake's JSON form: attributes ({@code name = value}),
 * blocks with labels ({@code target "api" { ... }} becomes {@code {"target": {"api": {...}}}}), strings (with
 * {@code ${VAR}} left for the caller to resolve), numbers, booleans, lists and maps, and {@code #}, {@code //} and
 * {@code /* *}{@code /} comments. Function calls, expressions and heredocs are not read: they end in a
 * {@link Failure} that names the line.
 */
final class HclSubsetParser {

    /** Text outside the subset; the message carries line and column. */
    static final class Failure extends RuntimeException {
        final int line;
        final int column;

        Failure(int line, int column, String message) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    private HclSubsetParser(String text) {
        this.text = text;
    }

    static ObjectNode parse(String text) {
        HclSubsetParser parser = new HclSubsetParser(text);
        ObjectNode body = parser.body(false);
        return body;
    }

    private ObjectNode body(boolean nested) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        while (true) {
            skipSpace(true);
            if (pos >= text.length()) {
                if (nested) {
                    throw failure("unclosed block: '}' expected");
                }
                return body;
            }
            if (peek() == '}') {
                if (!nested) {
                    throw failure("unexpected '}'");
                }
                pos++;
                return body;
            }
            String name = identifier();
            skipSpace(false);
            if (peek() == '=') {
                pos++;
                body.set(name, value());
                continue;
            }
            ObjectNode holder = body.has(name) && body.get(name).isObject() ? (ObjectNode) body.get(name)
                    : body.putObject(name);
            while (peek() == '"' || isIdentifierStart(peek())) {
                String label = peek() == '"' ? string() : identifier();
                holder = holder.has(label) ? (ObjectNode) holder.get(label) : holder.putObject(label);
                skipSpace(false);
            }
            expect('{');
            holder.setAll(body(true));
        }
    }

    private JsonNode value() {
        skipSpace(false);
        char c = peek();
        if (c == '"') {
            return JsonNodeFactory.instance.textNode(string());
        }
        if (c == '[') {
            pos++;
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            while (true) {
                skipSpace(true);
                if (peek() == ']') {
                    pos++;
                    return list;
                }
                list.add(value());
                skipSpace(true);
                if (peek() == ',') {
                    pos++;
                } else if (peek() != ']') {
                    throw failure("',' or ']' expected in a list");
                }
            }
        }
        if (c == '{') {
            pos++;
            ObjectNode map = JsonNodeFactory.instance.objectNode();
            while (true) {
                skipSpace(true);
                if (peek() == '}') {
                    pos++;
                    return map;
                }
                String key = peek() == '"' ? string() : identifier();
                skipSpace(false);
                if (peek() != '=' && peek() != ':') {
                    throw failure("'=' expected after map key '" + key + "'");
                }
                pos++;
                map.set(key, value());
                skipSpace(true);
                if (peek() == ',') {
                    pos++;
                }
            }
        }
        if (c == '-' || Character.isDigit(c)) {
            int start = pos++;
            while (pos < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
                pos++;
            }
            return JsonNodeFactory.instance.textNode(text.substring(start, pos));
        }
        if (isIdentifierStart(c)) {
            int column = pos - lineStart + 1;
            String word = identifier();
            skipSpace(false);
            if (peek() == '(') {
                throw new Failure(line, column, "function call " + word + "() is not supported in bake files"
                        + " without buildx (run `docker buildx bake --print` to resolve it)");
            }
            return switch (word) {
                case "true", "false" -> JsonNodeFactory.instance.textNode(word);
                case "null" -> JsonNodeFactory.instance.nullNode();
                default -> JsonNodeFactory.instance.textNode("${" + word + "}"); // a variable reference
            };
        }
        throw failure(c == '<' ? "heredocs are not supported" : "a value expected, found '" + c + "'");
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\n') {
                break;
            }
            if (c == '\\' && pos < text.length()) {
                char escaped = text.charAt(pos++);
                out.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> escaped;
                });
            } else {
                out.append(c);
            }
        }
        throw failure("unterminated string");
    }

    private String identifier() {
        int start = pos;
        if (!isIdentifierStart(peek())) {
            throw failure("a name expected, found '" + (pos < text.length() ? peek() : ' ') + "'");
        }
        while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        skipSpace(false);
        if (peek() != c) {
            throw failure("'" + c + "' expected");
        }
        pos++;
    }

    /** Skips blanks and comments; newlines too when {@code newlines}. */
    private void skipSpace(boolean newlines) {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                if (!newlines) {
                    return;
                }
                pos++;
                line++;
                lineStart = pos;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '#' || text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                int stop = end < 0 ? text.length() : end + 2;
                for (int i = pos; i < stop; i++) {
                    if (text.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                pos = stop;
            } else {
                return;
            }
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private Failure failure(String message) {
        return new Failure(line, pos - lineStart + 1, message);
    }
}
