package dev.slimline.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sizes recorded by {@code slimline gate --update-baseline} ({@code .slimline-baseline.json}), against which
 * {@code maxGrowth} is checked. The command writes it atomically (a temporary file beside it, then a rename), so a
 * crash never leaves half a baseline.
 */
public record Baseline(Map<String, Entry> services) {

    public static final String FILE_NAME = ".slimline-baseline.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** @param image the reference measured; @param recordedAt when */
    public record Entry(long sizeBytes, String image, String recordedAt) {
    }

    public Baseline {
        services = Map.copyOf(services);
    }

    public Optional<Long> sizeOf(String service) {
        return Optional.ofNullable(services.get(service)).map(Entry::sizeBytes);
    }

    /** The baseline file's entries, or none when it does not exist. */
    public static Baseline load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Baseline(Map.of());
        }
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            JsonNode services = root == null ? null : root.get("services");
            if (services == null || !services.isObject()) {
                throw SlimlineException.badInput(SourceLocation.of(file), "baseline file has no 'services' object");
            }
            Map<String, Entry> entries = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : services.properties()) {
                JsonNode size = e.getValue().get("sizeBytes");
                if (size == null || !size.canConvertToLong()) {
                    throw SlimlineException.badInput(SourceLocation.of(file),
                            "baseline entry '" + e.getKey() + "' has no numeric sizeBytes");
                }
                entries.put(e.getKey(), new Entry(size.asLong(), e.getValue().path("image").asText(""),
                        e.getValue().path("recordedAt").asText("")));
            }
            return new Baseline(entries);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw SlimlineException.badInput(new SourceLocation(file,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr()), "malformed baseline JSON");
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), "cannot read baseline: " + e.getMessage());
        }
    }

    /** This baseline with the gate's current sizes recorded (other services' entries kept). */
    public Baseline record(GateResult result, Instant now) {
        Map<String, Entry> entries = new TreeMap<>(services);
        for (ServiceVerdict verdict : result.services()) {
            entries.put(verdict.service(), new Entry(verdict.figures().sizeBytes(), verdict.figures().image(),
                    now.toString()));
        }
        return new Baseline(entries);
    }

    /** The file's text; the caller writes it atomically (temporary file, then rename). */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode services = root.putObject("services");
        new TreeMap<>(this.services).forEach((name, entry) -> services.putObject(name)
                .put("sizeBytes", entry.sizeBytes()).put("image", entry.image()).put("recordedAt", entry.recordedAt()));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
