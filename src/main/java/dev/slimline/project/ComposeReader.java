package dev.slimline.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a project's compose files the way Compose does: the first of the usual names and its override file (or
 * the files given with {@code -f}, or {@code COMPOSE_FILE}), merged in order; {@code ${VAR:-default}} and friends
 * interpolated from the shell environment over {@code .env}; services of inactive profiles left out; Compose v1
 * files (services at the top level) and v2/v3 and the Compose Specification alike. Only what slimline uses is
 * read: build sections, environment, ports, dependencies, and top-level secrets (their sources, never values).
 * Not supported: {@code extends}, {@code include}, {@code dockerfile_inline}, and remote (git URL) contexts;
 * such services are left out.
 */
public final class ComposeReader {

    /** The names Compose looks for, in its order. */
    public static final List<String> FILE_NAMES =
            List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

    /** Keys of a v1 service; a top-level mapping whose values have one of these is a v1 file. */
    private static final Set<String> V1_SERVICE_KEYS = Set.of("build", "image");

    private ComposeReader() {
    }

    /** The compose files Compose would read for {@code root}, in merge order; empty when there are none. */
    public static List<Path> files(Path root, ComposeSelection selection) {
        if (!selection.files().isEmpty()) {
            return selection.files().stream().map(file -> root.resolve(file).normalize()).toList();
        }
        String fromEnvironment = selection.environment().getOrDefault("COMPOSE_FILE", "");
        if (!fromEnvironment.isBlank()) {
            return Arrays.stream(fromEnvironment.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank())
                    .map(name -> root.resolve(name).normalize()).toList();
        }
        Optional<Path> main = FILE_NAMES.stream().map(root::resolve).filter(Files::isRegularFile).findFirst();
        if (main.isEmpty()) {
            return List.of();
        }
        String name = main.get().getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        List<Path> files = new ArrayList<>(List.of(main.get()));
        List.of(".yaml", ".yml").stream().map(ext -> root.resolve(stem + ".override" + ext))
                .filter(Files::isRegularFile).findFirst().ifPresent(files::add);
        return files;
    }

    /** The merged model of {@code files}; {@link ComposeModel#none()} when there are none. */
    public static ComposeModel read(List<Path> files, ComposeSelection selection) {
        if (files.isEmpty()) {
            return ComposeModel.none();
        }
        Path projectDir = files.get(0).toAbsolutePath().normalize().getParent();
        Map<String, String> variables = new HashMap<>(DotEnvFile.read(projectDir.resolve(".env")));
        variables.putAll(selection.environment());
        ComposeInterpolation interpolation = new ComposeInterpolation(variables);
        ObjectNode services = JsonNodeFactory.instance.objectNode();
        ObjectNode secrets = JsonNodeFactory.instance.objectNode();
        for (Path file : files) {
            ObjectNode tree = load(file, interpolation);
            JsonNode fileServices = tree.has("services") ? tree.get("services") : v1Services(tree);
            if (!fileServices.isObject() || fileServices.isEmpty() && !tree.has("services")) {
                throw SlimlineException.badInput(SourceLocation.of(file), "compose file has no 'services' mapping");
            }
            fileServices.fields().forEachRemaining(e -> merge(services, e.getKey(), normalized(e.getValue())));
            if (tree.get("secrets") instanceof ObjectNode declared) {
                secrets.setAll(declared);
            }
        }
        List<String> profiles = activeProfiles(selection);
        List<ComposeModel.Built> built = new ArrayList<>();
        List<ComposeModel.FromImage> images = new ArrayList<>();
        services.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            JsonNode service = entry.getValue();
            if (!enabled(service, profiles)) {
                return;
            }
            Map<String, String> env = stringMap(service.get("environment"));
            JsonNode build = service.get("build");
            if (build == null) {
                if (service.hasNonNull("image")) {
                    images.add(new ComposeModel.FromImage(key, service.get("image").asText(), env));
                }
                return;
            }
            String context = build.path("context").asText(".");
            if (context.contains("://") || context.startsWith("git@") || build.has("dockerfile_inline")) {
                return; // remote contexts and inline Dockerfiles are not files slimline can read or rewrite
            }
            Path contextDir = projectDir.resolve(context).normalize();
            Path dockerfile = contextDir.resolve(build.path("dockerfile").asText("Dockerfile")).normalize();
            RuntimeSettings runtime = new RuntimeSettings(key, env, ports(service.get("ports")),
                    names(service.get("depends_on")));
            built.add(new ComposeModel.Built(key, contextDir, dockerfile,
                    buildSettings(build, service, secrets, projectDir), runtime));
        });
        return new ComposeModel(files, built, images);
    }

    private static ObjectNode load(Path file, ComposeInterpolation interpolation) {
        JsonNode tree;
        try {
            tree = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), "not a readable compose file: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw SlimlineException.badInput(SourceLocation.of(file), "compose file is not a mapping");
        }
        try {
            return (ObjectNode) interpolated(object, interpolation);
        } catch (ComposeInterpolation.Failure e) {
            throw SlimlineException.badInput(SourceLocation.of(file), e.getMessage());
        }
    }

    /** Every string value interpolated; keys are left as they are, as Compose does. */
    private static JsonNode interpolated(JsonNode node, ComposeInterpolation interpolation) {
        if (node.isTextual()) {
            return TextNode.valueOf(interpolation.apply(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            object.fields().forEachRemaining(e -> copy.set(e.getKey(), interpolated(e.getValue(), interpolation)));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(item -> copy.add(interpolated(item, interpolation)));
            return copy;
        }
        return node;
    }

    /** A v1 file's services are its top-level mappings that have a build or an image. */
    private static JsonNode v1Services(ObjectNode tree) {
        ObjectNode services = JsonNodeFactory.instance.objectNode();
        tree.fields().forEachRemaining(e -> {
            if (e.getValue().isObject() && V1_SERVICE_KEYS.stream().anyMatch(e.getValue()::has)) {
                services.set(e.getKey(), e.getValue());
            }
        });
        return services;
    }

    /** The short forms made long so that files merge: {@code build: dir}, list-form environment and args. */
    private static JsonNode normalized(JsonNode service) {
        if (!(service instanceof ObjectNode object)) {
            return service;
        }
        ObjectNode copy = object.deepCopy();
        if (copy.get("build") instanceof TextNode context) {
            copy.putObject("build").put("context", context.asText());
        }
        if (copy.has("environment")) {
            copy.set("environment", asObject(copy.get("environment")));
        }
        if (copy.get("build") instanceof ObjectNode build && build.has("args")) {
            build.set("args", asObject(build.get("args")));
        }
        return copy;
    }

    private static ObjectNode asObject(JsonNode node) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        stringMap(node).forEach(object::put);
        return object;
    }

    /** Compose's merge: mappings merge key by key, sequences gain the items they lack, scalars are replaced. */
    private static void merge(ObjectNode into, String key, JsonNode value) {
        JsonNode existing = into.get(key);
        if (existing instanceof ObjectNode target && value instanceof ObjectNode source) {
            source.fields().forEachRemaining(e -> merge(target, e.getKey(), e.getValue()));
        } else if (existing instanceof ArrayNode target && value instanceof ArrayNode source
                && !key.equals("command") && !key.equals("entrypoint")) {
            source.forEach(item -> {
                if (!contains(target, item)) {
                    target.add(item);
                }
            });
        } else {
            into.set(key, value.deepCopy());
        }
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode element : array) {
            if (element.equals(item)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> activeProfiles(ComposeSelection selection) {
        if (!selection.profiles().isEmpty()) {
            return selection.profiles();
        }
        String fromEnvironment = selection.environment().getOrDefault("COMPOSE_PROFILES", "");
        return Arrays.stream(fromEnvironment.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A service without profiles always runs; one with profiles only when one of them is active. */
    private static boolean enabled(JsonNode service, List<String> active) {
        List<String> profiles = names(service.get("profiles"));
        return profiles.isEmpty() || active.contains("*") || profiles.stream().anyMatch(active::contains);
    }

    private static BuildSettings buildSettings(JsonNode build, JsonNode service, JsonNode declaredSecrets,
            Path projectDir) {
        List<BuildSecret> secrets = new ArrayList<>();
        for (JsonNode item : build.path("secrets")) {
            String id = item.isObject() ? item.path("source").asText() : item.asText();
            JsonNode declared = declaredSecrets.path(id);
            Path file = declared.hasNonNull("file") ? projectDir.resolve(declared.get("file").asText()).normalize()
                    : null;
            String env = declared.hasNonNull("environment") ? declared.get("environment").asText() : null;
            String target = item.isObject() && item.hasNonNull("target") ? item.get("target").asText() : id;
            secrets.add(new BuildSecret(target, file, env));
        }
        List<String> tags = new ArrayList<>();
        if (service.hasNonNull("image")) {
            tags.add(service.get("image").asText());
        }
        tags.addAll(names(build.get("tags")));
        List<String> platforms = new ArrayList<>(names(build.get("platforms")));
        if (platforms.isEmpty() && service.hasNonNull("platform")) {
            platforms.add(service.get("platform").asText());
        }
        return new BuildSettings(stringMap(build.get("args")), text(build, "target"), secrets, sshEntries(build),
                text(build, "network"), platforms, tags);
    }

    private static List<String> sshEntries(JsonNode build) {
        JsonNode ssh = build.get("ssh");
        if (ssh instanceof ObjectNode object) {
            List<String> entries = new ArrayList<>();
            object.fields().forEachRemaining(e -> entries.add(e.getKey() + "=" + e.getValue().asText()));
            return entries;
        }
        return names(ssh);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** A mapping, or a list of {@code KEY=VALUE} (a bare {@code KEY} is an empty value). */
    static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node == null) {
            return map;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        } else {
            node.forEach(item -> {
                String text = item.asText();
                int eq = text.indexOf('=');
                map.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            });
        }
        return map;
    }

    /** The container side of each port mapping: {@code "127.0.0.1:8080:8080"} → 8080, {@code {target: 80}} → 80. */
    static List<Integer> ports(JsonNode node) {
        List<Integer> ports = new ArrayList<>();
        if (node == null) {
            return ports;
        }
        for (JsonNode item : node) {
            String text = item.isObject() ? item.path("target").asText() : item.asText();
            String last = text.contains(":") ? text.substring(text.lastIndexOf(':') + 1) : text;
            String port = last.contains("/") ? last.substring(0, last.indexOf('/')) : last;
            if (port.contains("-")) {
                port = port.substring(0, port.indexOf('-'));
            }
            try {
                ports.add(Integer.parseInt(port.strip()));
            } catch (NumberFormatException e) {
                // a range Compose would expand; verify publishes what the image exposes instead
            }
        }
        return ports;
    }

    /** A list of names, or the keys of a mapping ({@code depends_on} long form). */
    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        } else if (node.isTextual()) {
            names.add(node.asText());
        } else {
            node.forEach(item -> names.add(item.asText()));
        }
        return names;
    }
}
