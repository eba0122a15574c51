package dev.slimline.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the JSON the {@code docker} client prints ({@code image inspect}, {@code container inspect},
 * {@code history --format '{{json .}}'}, {@code info --format '{{json .}}'}). Fields the engine leaves out or sets
 * to null read as empty, since older and newer engines differ in what they fill in.
 */
final class EngineJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EngineJson() {
    }

    /** The single object of a {@code docker ... inspect} array. */
    static JsonNode firstOfArray(String json, String what) {
        JsonNode root = read(json, what);
        if (!root.isArray() || root.isEmpty()) {
            throw new IllegalStateException(what + ": expected a JSON array with one object, got: " + abbreviate(json));
        }
        return root.get(0);
    }

    static ImageDetails imageDetails(String json) {
        JsonNode image = firstOfArray(json, "docker image inspect");
        JsonNode config = image.path("Config");
        return new ImageDetails(
                image.path("Id").asText(),
                strings(image.path("RepoTags")),
                image.path("Size").asLong(),
                strings(image.path("RootFS").path("Layers")),
                new RuntimeConfig(
                        config.path("User").asText(""),
                        healthCheck(config.path("Healthcheck")),
                        strings(config.path("Env")),
                        strings(config.path("Cmd")),
                        strings(config.path("Entrypoint")),
                        keys(config.path("ExposedPorts")),
                        config.path("WorkingDir").asText(""),
                        textMap(config.path("Labels")),
                        config.path("StopSignal").asText(""),
                        keys(config.path("Volumes"))));
    }

    static ContainerDetails containerDetails(String json) {
        JsonNode container = firstOfArray(json, "docker container inspect");
        JsonNode state = container.path("State");
        return new ContainerDetails(
                container.path("Id").asText(),
                container.path("Name").asText().replaceFirst("^/", ""),
                state.path("Status").asText(),
                state.path("Running").asBoolean(),
                state.path("ExitCode").asInt(),
                state.path("Health").path("Status").asText(""),
                container.path("Config").path("User").asText(""),
                publishedPorts(container.path("NetworkSettings").path("Ports")),
                textMap(container.path("Config").path("Labels")),
                state.path("Pid").asInt(0));
    }

    /** {@code docker history} prints newest first, one JSON object a line; we return oldest first. */
    static List<HistoryEntry> history(String jsonLines) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (String line : jsonLines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode step = read(line, "docker history");
            long size = exactSize(step.path("Size").asText());
            entries.add(0, new HistoryEntry(step.path("CreatedBy").asText(""), size, size == 0));
        }
        return List.copyOf(entries);
    }

    /** What {@code docker info} says about the server. */
    record ServerFacts(String version, String storageDriver, String osType, String architecture) {
    }

    /** Server version and storage driver from {@code docker info --format '{{json .}}'}. */
    static ServerFacts serverFacts(String json) {
        JsonNode info = read(json, "docker info");
        String version = info.path("ServerVersion").asText("");
        if (version.isEmpty()) {
            // Newer clients print the JSON even when the daemon did not answer, with the reason in ServerErrors.
            JsonNode errors = info.path("ServerErrors");
            throw new IllegalArgumentException(errors.isArray() && !errors.isEmpty()
                    ? errors.get(0).asText() : "the engine reported no server version");
        }
        return new ServerFacts(version, info.path("Driver").asText(""), info.path("OSType").asText(""),
                info.path("Architecture").asText(""));
    }

    private static long exactSize(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("docker history printed a size that is not a byte count: '" + text
                    + "' (is --human=false supported by this client?)", e);
        }
    }

    private static Optional<HealthCheck> healthCheck(JsonNode node) {
        if (!node.isObject() || node.path("Test").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HealthCheck(strings(node.path("Test")), nanos(node.path("Interval")),
                nanos(node.path("Timeout")), nanos(node.path("StartPeriod")), node.path("Retries").asInt(0)));
    }

    private static Duration nanos(JsonNode node) {
        return Duration.ofNanos(node.asLong(0));
    }

    private static Map<String, Integer> publishedPorts(JsonNode ports) {
        Map<String, Integer> published = new LinkedHashMap<>();
        ports.properties().forEach(port -> {
            for (JsonNode binding : port.getValue()) {
                String hostPort = binding.path("HostPort").asText("");
                if (!hostPort.isEmpty()) {
                    published.putIfAbsent(port.getKey(), Integer.parseInt(hostPort));
                }
            }
        });
        return published;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, String> textMap(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.properties().forEach(field -> map.put(field.getKey(), field.getValue().asText()));
        return map;
    }

    private static JsonNode read(String json, String what) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " printed output that is not JSON: " + abbreviate(json), e);
        }
    }

    private static String abbreviate(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 120) + "...";
    }
}
