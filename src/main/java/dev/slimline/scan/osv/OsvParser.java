package dev.slimline.scan.osv;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads OSV JSON (schema 1.6) into {@link Advisory}. Unknown fields are ignored, as the schema allows; fields slimline
 * relies on are checked, and a bad record fails with its source name, the JSON path and, for syntax errors, the
 * line and column.
 */
public final class OsvParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OsvParser() {
    }

    /** {@code source} names the record in errors, e.g. {@code Debian/all.zip!DSA-5678-1.json}. */
    public static Advisory parse(InputStream json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            SourceLocation location = at == null
                    ? SourceLocation.of(Path.of(source))
                    : new SourceLocation(Path.of(source), at.getLineNr(), at.getColumnNr());
            throw new SlimlineException(SlimlineException.Kind.BAD_INPUT, location,
                    "not valid OSV JSON: " + e.getOriginalMessage().replaceAll("\\s+", " ").strip(), e);
        } catch (IOException e) {
            throw new SlimlineException(SlimlineException.Kind.BAD_INPUT, SourceLocation.of(Path.of(source)),
                    "cannot read OSV record: " + e.getMessage(), e);
        }
        return new Reader(source).advisory(root);
    }

    /** Walks the tree, keeping the source for error messages. */
    private record Reader(String source) {

        Advisory advisory(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw error("$", "an OSV record must be a JSON object");
            }
            List<Affected> affected = new ArrayList<>();
            JsonNode affectedNodes = array(root, "affected", "$");
            for (int i = 0; i < affectedNodes.size(); i++) {
                affected.add(affected(affectedNodes.get(i), "$.affected[" + i + "]"));
            }
            return new Advisory(
                    text(root, "id", "$"),
                    strings(root, "aliases", "$"),
                    optionalText(root, "summary", "$").orElse(""),
                    instant(root, "modified"),
                    instant(root, "published"),
                    instant(root, "withdrawn"),
                    affected,
                    severity(root, "$"),
                    scalars(root.get("database_specific")));
        }

        private Affected affected(JsonNode node, String path) {
            if (!node.isObject()) {
                throw error(path, "must be an object");
            }
            JsonNode pkg = node.get("package");
            if (pkg == null || !pkg.isObject()) {
                throw error(path + ".package", "is missing");
            }
            OsvPackage osvPackage = new OsvPackage(
                    text(pkg, "ecosystem", path + ".package"),
                    text(pkg, "name", path + ".package"),
                    optionalText(pkg, "purl", path + ".package"));
            List<Range> ranges = new ArrayList<>();
            JsonNode rangeNodes = array(node, "ranges", path);
            for (int i = 0; i < rangeNodes.size(); i++) {
                ranges.add(range(rangeNodes.get(i), path + ".ranges[" + i + "]"));
            }
            return new Affected(osvPackage, ranges, strings(node, "versions", path), severity(node, path),
                    scalars(node.get("ecosystem_specific")), scalars(node.get("database_specific")));
        }

        private List<SeverityScore> severity(JsonNode node, String path) {
            List<SeverityScore> scores = new ArrayList<>();
            JsonNode items = array(node, "severity", path);
            for (int i = 0; i < items.size(); i++) {
                String itemPath = path + ".severity[" + i + "]";
                scores.add(new SeverityScore(text(items.get(i), "type", itemPath), text(items.get(i), "score", itemPath)));
            }
            return scores;
        }

        private Range range(JsonNode node, String path) {
            String typeName = text(node, "type", path);
            Range.Type type;
            try {
                type = Range.Type.valueOf(typeName);
            } catch (IllegalArgumentException e) {
                throw error(path + ".type", "unknown range type '" + typeName + "' (SEMVER, ECOSYSTEM or GIT)");
            }
            List<Event> events = new ArrayList<>();
            JsonNode eventNodes = array(node, "events", path);
            for (int i = 0; i < eventNodes.size(); i++) {
                events.add(event(eventNodes.get(i), path + ".events[" + i + "]"));
            }
            if (events.isEmpty()) {
                throw error(path + ".events", "a range needs at least one event");
            }
            return new Range(type, optionalText(node, "repo", path), events);
        }

        private Event event(JsonNode node, String path) {
            if (!node.isObject() || node.size() != 1) {
                throw error(path, "an event must be an object with exactly one of introduced, fixed,"
                        + " last_affected, limit");
            }
            for (Event.Kind kind : Event.Kind.values()) {
                if (node.has(kind.jsonName())) {
                    return new Event(kind, text(node, kind.jsonName(), path));
                }
            }
            throw error(path, "unknown event '" + node.fieldNames().next() + "'");
        }

        private Optional<Instant> instant(JsonNode node, String field) {
            return optionalText(node, field, "$").map(text -> {
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException e) {
                    throw error("$." + field, "'" + text + "' is not an RFC 3339 timestamp");
                }
            });
        }

        private String text(JsonNode node, String field, String path) {
            return optionalText(node, field, path)
                    .orElseThrow(() -> error(path + "." + field, "is missing"));
        }

        private Optional<String> optionalText(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                throw error(path + "." + field, "must be a string");
            }
            return Optional.of(value.asText());
        }

        private JsonNode array(JsonNode node, String field, String path) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return JSON.createArrayNode();
            }
            if (!value.isArray()) {
                throw error(path + "." + field, "must be an array");
            }
            return value;
        }

        private List<String> strings(JsonNode node, String field, String path) {
            List<String> values = new ArrayList<>();
            JsonNode items = array(node, field, path);
            for (int i = 0; i < items.size(); i++) {
                if (!items.get(i).isTextual()) {
                    throw error(path + "." + field + "[" + i + "]", "must be a string");
                }
                values.add(items.get(i).asText());
            }
            return values;
        }

        /** The string, number and boolean fields of an object; nested values are not needed. */
        private static Map<String, String> scalars(JsonNode node) {
            Map<String, String> values = new LinkedHashMap<>();
            if (node != null && node.isObject()) {
                node.properties().forEach(field -> {
                    if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                        values.put(field.getKey(), field.getValue().asText());
                    }
                });
            }
            return values;
        }

        private SlimlineException error(String path, String message) {
            return SlimlineException.badInput(SourceLocation.of(Path.of(source)), path + " " + message);
        }
    }
}
