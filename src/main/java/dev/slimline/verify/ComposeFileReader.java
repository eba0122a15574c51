package dev.slimline.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what verify needs from a repository's compose file: for each service built from a context, its
 * environment, published container ports, dependencies and build network; services run from an image are
 * sidecars (redis). Only the parts verify uses are read; the file itself is never run as it is, because verify
 * runs its own images, with its labels and on loopback ports it picks.
 */
public final class ComposeFileReader {

    /** The names Compose looks for, in its order. */
    public static final List<String> FILE_NAMES =
            List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

    /** What a compose file says. */
    public record ComposeFacts(Path file, Map<Path, ServiceRuntime> byContext, List<Sidecar> sidecars) {

        public ComposeFacts {
            byContext = Map.copyOf(byContext);
            sidecars = List.copyOf(sidecars);
        }

        public static ComposeFacts none() {
            return new ComposeFacts(null, Map.of(), List.of());
        }

        /** The runtime of the service built from {@code context}, if the compose file has one. */
        public Optional<ServiceRuntime> forContext(Path context) {
            return Optional.ofNullable(byContext.get(context.toAbsolutePath().normalize()));
        }

        /** The runtime of a service: the compose file's, else none, under the service's short name. */
        public ServiceRuntime runtimeFor(Path context, String service) {
            return forContext(context).orElse(ServiceRuntime.none(RunLabel.safeName(ReportText.shortName(service))));
        }
    }

    private ComposeFileReader() {
    }

    /** The compose file in {@code root}, if there is one. */
    public static Optional<Path> find(Path root) {
        return FILE_NAMES.stream().map(root::resolve).filter(Files::isRegularFile).findFirst();
    }

    public static ComposeFacts read(Path file) {
        JsonNode tree;
        try {
            tree = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), "not a readable compose file: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode services = tree == null ? null : tree.get("services");
        if (services == null || !services.isObject()) {
            throw SlimlineException.badInput(SourceLocation.of(file), "compose file has no 'services' mapping");
        }
        Path base = file.toAbsolutePath().normalize().getParent();
        Map<Path, ServiceRuntime> byContext = new LinkedHashMap<>();
        List<Sidecar> sidecars = new ArrayList<>();
        services.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode service = entry.getValue();
            Map<String, String> env = environment(service.get("environment"));
            JsonNode build = service.get("build");
            if (build == null) {
                if (service.hasNonNull("image")) {
                    sidecars.add(new Sidecar(name, service.get("image").asText(), env));
                }
                return;
            }
            String context = build.isTextual() ? build.asText() : build.path("context").asText(".");
            String network = build.isObject() && build.hasNonNull("network") ? build.get("network").asText() : null;
            byContext.put(base.resolve(context).normalize(),
                    new ServiceRuntime(name, env, ports(service.get("ports")), dependsOn(service.get("depends_on")),
                            network));
        });
        return new ComposeFacts(file, byContext, sidecars);
    }

    private static Map<String, String> environment(JsonNode node) {
        Map<String, String> env = new LinkedHashMap<>();
        if (node == null) {
            return env;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        } else {
            node.forEach(item -> {
                String text = item.asText();
                int eq = text.indexOf('=');
                env.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? "" : text.substring(eq + 1));
            });
        }
        return env;
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
                // a variable or range Compose would expand; verify publishes what the image exposes instead
            }
        }
        return ports;
    }

    private static List<String> dependsOn(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
        } else {
            node.forEach(item -> names.add(item.asText()));
        }
        return names;
    }
}
