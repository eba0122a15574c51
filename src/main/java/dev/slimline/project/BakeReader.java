package dev.slimline.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a project's bake files ({@code docker-bake.json}, {@code docker-bake.override.json},
 * {@code docker-bake.hcl}, {@code docker-bake.override.hcl}, merged in that order, as bake does) without buildx:
 * the JSON form, and the HCL that bake files commonly use ({@link HclSubsetParser}). Read: {@code variable}
 * blocks (a set environment variable wins over the default, as in bake), {@code group}s, {@code target}s with
 * {@code context}, {@code dockerfile}, {@code args}, {@code target}, {@code platforms}, {@code tags},
 * {@code secret}, {@code ssh}, {@code network} and {@code inherits}, and {@code ${VAR}} in strings. Not read:
 * functions, expressions, {@code matrix}, named {@code contexts} and remote contexts (a file using the first
 * three is refused with its line; targets with the last two are left out). The services are the targets of the
 * {@code default} group, or, without one, every target no other target inherits from.
 */
public final class BakeReader {

    /** The file names bake reads by default, in its merge order. */
    public static final List<String> FILE_NAMES = List.of("docker-bake.json", "docker-bake.override.json",
            "docker-bake.hcl", "docker-bake.override.hcl");

    private BakeReader() {
    }

    public static List<BakeTarget> read(Path root, Map<String, String> environment) {
        List<Path> files = FILE_NAMES.stream().map(root::resolve).filter(Files::isRegularFile).toList();
        if (files.isEmpty()) {
            return List.of();
        }
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (Path file : files) {
            ObjectNode tree = load(file);
            for (String kind : List.of("variable", "group", "target")) {
                if (tree.get(kind) instanceof ObjectNode blocks) {
                    ObjectNode into = merged.has(kind) ? (ObjectNode) merged.get(kind) : merged.putObject(kind);
                    blocks.fields().forEachRemaining(e -> {
                        if (into.get(e.getKey()) instanceof ObjectNode existing && e.getValue().isObject()) {
                            existing.setAll((ObjectNode) e.getValue());
                        } else {
                            into.set(e.getKey(), e.getValue());
                        }
                    });
                }
            }
            // a top-level attribute in HCL is a variable too
            tree.fields().forEachRemaining(e -> {
                if (e.getValue().isValueNode()) {
                    ObjectNode into = merged.has("variable") ? (ObjectNode) merged.get("variable")
                            : merged.putObject("variable");
                    into.putObject(e.getKey()).set("default", e.getValue());
                }
            });
        }
        Path file = files.get(files.size() - 1);
        return targets(file, root.toAbsolutePath().normalize(), merged, variables(merged, environment));
    }

    private static ObjectNode load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), "cannot read: " + e.getMessage());
        }
        try {
            if (file.getFileName().toString().endsWith(".json")) {
                JsonNode tree = new ObjectMapper().readTree(text);
                if (!(tree instanceof ObjectNode object)) {
                    throw SlimlineException.badInput(SourceLocation.of(file), "bake file is not a JSON object");
                }
                return object;
            }
            return HclSubsetParser.parse(text);
        } catch (HclSubsetParser.Failure e) {
            throw SlimlineException.badInput(new SourceLocation(file, e.line, e.column), e.getMessage());
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), "not a readable bake file: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static Map<String, String> variables(ObjectNode merged, Map<String, String> environment) {
        Map<String, String> variables = new HashMap<>();
        merged.path("variable").fields().forEachRemaining(e -> {
            String set = environment.get(e.getKey());
            JsonNode fallback = e.getValue().path("default");
            variables.put(e.getKey(), set != null ? set : fallback.isNull() || fallback.isMissingNode() ? ""
                    : fallback.asText());
        });
        // defaults may name other variables
        ComposeInterpolation interpolation = new ComposeInterpolation(variables);
        variables.replaceAll((name, value) -> interpolation.apply(value));
        return variables;
    }

    private static List<BakeTarget> targets(Path file, Path root, ObjectNode merged, Map<String, String> variables) {
        JsonNode targets = merged.path("target");
        ComposeInterpolation interpolation = new ComposeInterpolation(variables);
        List<BakeTarget> result = new ArrayList<>();
        for (String name : serviceTargets(merged)) {
            if (!targets.has(name)) {
                throw SlimlineException.badInput(SourceLocation.of(file), "group names unknown target '" + name + "'");
            }
            Map<String, JsonNode> attributes = resolved(file, targets, name, new LinkedHashSet<>());
            String context = text(attributes, "context", interpolation, ".");
            if (context.contains("://") || attributes.containsKey("contexts")) {
                continue;
            }
            Path contextDir = root.resolve(context).normalize();
            Path dockerfile = contextDir.resolve(text(attributes, "dockerfile", interpolation, "Dockerfile")).normalize();
            Map<String, String> args = new LinkedHashMap<>();
            JsonNode argNode = attributes.get("args");
            if (argNode != null) {
                argNode.fields().forEachRemaining(e -> args.put(e.getKey(), interpolation.apply(e.getValue().asText())));
            }
            List<BuildSecret> secrets = list(attributes, "secret", interpolation).stream()
                    .map(spec -> secret(file, spec, root)).toList();
            BuildSettings build = new BuildSettings(args, textOrNull(attributes, "target", interpolation), secrets,
                    list(attributes, "ssh", interpolation), textOrNull(attributes, "network", interpolation),
                    list(attributes, "platforms", interpolation), list(attributes, "tags", interpolation));
            result.add(new BakeTarget(file, name, contextDir, dockerfile, build));
        }
        return result;
    }

    private static BuildSecret secret(Path file, String spec, Path root) {
        try {
            return BuildSecret.parse(spec, root);
        } catch (IllegalArgumentException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), e.getMessage());
        }
    }

    /** The targets of the default group (groups expanded), else every target nobody inherits from. */
    private static List<String> serviceTargets(ObjectNode merged) {
        JsonNode groups = merged.path("group");
        Set<String> names = new LinkedHashSet<>();
        if (groups.has("default")) {
            expand(groups, "default", names, new LinkedHashSet<>());
            return List.copyOf(names);
        }
        Set<String> inherited = new LinkedHashSet<>();
        merged.path("target").forEach(target -> target.path("inherits").forEach(i -> inherited.add(i.asText())));
        merged.path("target").fieldNames().forEachRemaining(name -> {
            if (!inherited.contains(name)) {
                names.add(name);
            }
        });
        return List.copyOf(names);
    }

    private static void expand(JsonNode groups, String group, Set<String> into, Set<String> seen) {
        if (!seen.add(group)) {
            return;
        }
        for (JsonNode item : groups.path(group).path("targets")) {
            if (groups.has(item.asText())) {
                expand(groups, item.asText(), into, seen);
            } else {
                into.add(item.asText());
            }
        }
    }

    /** A target's attributes with those it inherits beneath its own (args merge key by key, as bake does). */
    private static Map<String, JsonNode> resolved(Path file, JsonNode targets, String name, Set<String> chain) {
        if (!chain.add(name)) {
            throw SlimlineException.badInput(SourceLocation.of(file), "target '" + name + "' inherits from itself");
        }
        JsonNode target = targets.path(name);
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        for (JsonNode parent : target.path("inherits")) {
            if (!targets.has(parent.asText())) {
                throw SlimlineException.badInput(SourceLocation.of(file), "target '" + name + "' inherits unknown '"
                        + parent.asText() + "'");
            }
            resolved(file, targets, parent.asText(), new LinkedHashSet<>(chain)).forEach((key, value) ->
                    attributes.merge(key, value, BakeReader::mergedAttribute));
        }
        target.fields().forEachRemaining(e -> attributes.merge(e.getKey(), e.getValue(), BakeReader::mergedAttribute));
        return attributes;
    }

    private static JsonNode mergedAttribute(JsonNode inherited, JsonNode own) {
        if (inherited instanceof ObjectNode base && own instanceof ObjectNode overriding) {
            ObjectNode copy = base.deepCopy();
            copy.setAll(overriding);
            return copy;
        }
        return own;
    }

    private static String text(Map<String, JsonNode> attributes, String key, ComposeInterpolation interpolation,
            String fallback) {
        String value = textOrNull(attributes, key, interpolation);
        return value == null ? fallback : value;
    }

    private static String textOrNull(Map<String, JsonNode> attributes, String key, ComposeInterpolation interpolation) {
        JsonNode node = attributes.get(key);
        return node == null || node.isNull() ? null : interpolation.apply(node.asText());
    }

    private static List<String> list(Map<String, JsonNode> attributes, String key, ComposeInterpolation interpolation) {
        List<String> values = new ArrayList<>();
        JsonNode node = attributes.get(key);
        if (node != null) {
            node.forEach(item -> values.add(interpolation.apply(item.asText())));
        }
        return values;
    }
}
