package dev.slimline.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a compose file (format 2.4, which Compose v1 and v2 both read) for services verify runs: ports only on
 * 127.0.0.1 with a free host port, and the run's labels on every container, on the default network and on a
 * named volume for each VOLUME an image declares (an anonymous volume could not carry a label).
 */
public final class ComposeProjectWriter {

    private ComposeProjectWriter() {
    }

    public static String write(List<ComposeService> services, Map<String, String> objectLabels, String header) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "2.4");
        Map<String, Object> serviceMap = new LinkedHashMap<>();
        Map<String, Object> volumes = new LinkedHashMap<>();
        List<String> names = services.stream().map(ComposeService::name).toList();
        for (ComposeService service : services) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("image", service.image());
            if (!service.env().isEmpty()) {
                entry.put("environment", new TreeMap<>(service.env()));
            }
            if (!service.ports().isEmpty()) {
                entry.put("ports", service.ports().stream().map(port -> "127.0.0.1::" + port).toList());
            }
            List<String> dependsOn = service.dependsOn().stream().filter(names::contains).toList();
            if (!dependsOn.isEmpty()) {
                entry.put("depends_on", dependsOn);
            }
            List<String> mounts = new ArrayList<>();
            for (int i = 0; i < service.volumePaths().size(); i++) {
                String volume = RunLabel.safeName(service.name()) + "-volume-" + i;
                volumes.put(volume, Map.of("labels", new TreeMap<>(objectLabels)));
                mounts.add(volume + ":" + service.volumePaths().get(i));
            }
            if (!mounts.isEmpty()) {
                entry.put("volumes", mounts);
            }
            if (service.healthcheckPolling() != null) {
                // Only the pace: the engine keeps the image's test, timeout and start period.
                Map<String, Object> pace = new LinkedHashMap<>();
                pace.put("interval", service.healthcheckPolling().interval().toSeconds() + "s");
                pace.put("retries", service.healthcheckPolling().retries());
                entry.put("healthcheck", pace);
            }
            Map<String, String> labels = new TreeMap<>(objectLabels);
            labels.putAll(service.labels());
            entry.put("labels", labels);
            serviceMap.put(service.name(), entry);
        }
        root.put("services", serviceMap);
        root.put("networks", Map.of("default", Map.of("labels", new TreeMap<>(objectLabels))));
        if (!volumes.isEmpty()) {
            root.put("volumes", volumes);
        }
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
            return header + yaml.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
