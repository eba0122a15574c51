package dev.slimline.scan.ignore;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Loads accepted vulnerabilities from YAML, either a dedicated {@code .slimline-ignore.yaml}:
 * <pre>
 * ignore:
 *   - id: CVE-2023-5678
 *     reason: DH parameters are never read from untrusted input here
 *     expires: 2027-01-31
 * </pre>
 * or the same list under a key of a larger file ({@code .slimline.yaml}). Read with the streaming parser so every
 * error names the file, line and column of the offending token.
 */
public final class IgnoreFileLoader {

    public static final String FILE_NAME = ".slimline-ignore.yaml";
    private static final String LIST_KEY = "ignore";

    private static final YAMLFactory YAML = new YAMLFactory();

    private IgnoreFileLoader() {
    }

    /** A dedicated ignore file: its only top-level key is {@code ignore}. */
    public static IgnoreList load(Path file) {
        return read(file, true);
    }

    /**
     * The {@code ignore} list inside a file that has other settings too ({@code .slimline.yaml}); other top-level
     * keys are left to their own readers. A file without the key gives an empty list.
     */
    public static IgnoreList loadSection(Path file) {
        return read(file, false);
    }

    private static IgnoreList read(Path file, boolean dedicated) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonParser parser = YAML.createParser(reader)) {
            return new Walker(file, parser).document(dedicated);
        } catch (JacksonException e) {
            throw yamlError(file, e);
        } catch (IOException e) {
            throw new SlimlineException(SlimlineException.Kind.BAD_INPUT, SourceLocation.of(file),
                    "cannot read ignore file: " + e.getMessage(), e);
        }
    }

    /**
     * SnakeYAML's messages span several lines with a caret drawing; keep its problem and context in one line, at
     * the context's position (where the broken construct starts) when it has one.
     */
    private static SlimlineException yamlError(Path file, JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            Mark mark = marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
            SourceLocation at = mark == null
                    ? location(file, e.getLocation())
                    : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
            String context = marked.getContext() == null ? "" : " " + marked.getContext();
            return new SlimlineException(SlimlineException.Kind.BAD_INPUT, at,
                    "invalid YAML: " + marked.getProblem() + context, e);
        }
        return new SlimlineException(SlimlineException.Kind.BAD_INPUT, location(file, e.getLocation()),
                "invalid YAML: " + e.getOriginalMessage().replaceAll("\\s+", " ").strip(), e);
    }

    private static SourceLocation location(Path file, JsonLocation at) {
        return at == null ? SourceLocation.of(file) : new SourceLocation(file, at.getLineNr(), at.getColumnNr());
    }

    /** Walks the token stream of one file. */
    private record Walker(Path file, JsonParser parser) {

        IgnoreList document(boolean dedicated) throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return IgnoreList.empty();
            }
            if (first != JsonToken.START_OBJECT) {
                throw error("expected a mapping with an '" + LIST_KEY + "' list");
            }
            List<IgnoreEntry> entries = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                JsonToken value = parser.nextToken();
                if (key.equals(LIST_KEY)) {
                    entries.addAll(list(value));
                } else if (dedicated) {
                    throw error(keyAt, "unknown key '" + key + "' (expected '" + LIST_KEY + "')");
                } else {
                    parser.skipChildren();
                }
            }
            return new IgnoreList(entries);
        }

        private List<IgnoreEntry> list(JsonToken start) throws IOException {
            if (start == JsonToken.VALUE_NULL) {
                return List.of();
            }
            if (start != JsonToken.START_ARRAY) {
                throw error("'" + LIST_KEY + "' must be a list of entries with id, reason and expires");
            }
            List<IgnoreEntry> entries = new ArrayList<>();
            Map<String, SourceLocation> seen = new HashMap<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                IgnoreEntry entry = entry();
                SourceLocation earlier = seen.putIfAbsent(entry.id().toUpperCase(java.util.Locale.ROOT), entry.location());
                if (earlier != null) {
                    throw SlimlineException.badInput(entry.location(),
                            "'" + entry.id() + "' is already ignored at line " + earlier.line());
                }
                entries.add(entry);
            }
            return entries;
        }

        private IgnoreEntry entry() throws IOException {
            JsonLocation start = parser.currentTokenLocation();
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw error("an ignore entry must be a mapping with id, reason and expires");
            }
            String id = null;
            String reason = null;
            Optional<LocalDate> expires = Optional.empty();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                parser.nextToken();
                switch (key) {
                    case "id" -> id = text(key);
                    case "reason" -> reason = text(key);
                    case "expires" -> expires = Optional.of(date());
                    default -> throw error(keyAt, "unknown key '" + key + "' (expected id, reason, expires)");
                }
            }
            if (id == null) {
                throw error(start, "ignore entry has no 'id'");
            }
            if (reason == null) {
                throw error(start, "ignore entry for " + id + " has no 'reason': say why it is accepted");
            }
            return new IgnoreEntry(id, reason, expires, location(file, start));
        }

        private String text(String key) throws IOException {
            JsonToken token = parser.currentToken();
            if (!token.isScalarValue() || token == JsonToken.VALUE_NULL) {
                throw error("'" + key + "' must be text");
            }
            String value = parser.getText().strip();
            if (value.isEmpty()) {
                throw error("'" + key + "' is empty");
            }
            return value;
        }

        private LocalDate date() throws IOException {
            String value = text("expires");
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error("'expires' must be a date like 2027-01-31, not '" + value + "'");
            }
        }

        private SlimlineException error(String message) {
            return error(parser.currentTokenLocation(), message);
        }

        private SlimlineException error(JsonLocation at, String message) {
            return SlimlineException.badInput(location(file, at), message);
        }
    }
}
