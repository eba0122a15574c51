package dev.slimline.audit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code slimline audit} measures on the engine instead of estimating.
 *
 * @param build          build every service that has no {@code --image}
 * @param images         service name to an existing image to measure instead of building
 * @param networks       service name to its build network ({@code host} for a wheelhouse on 127.0.0.1)
 * @param defaultNetwork the build network of the other services, or null for the engine's default
 * @param buildTimeout   how long one build may take, or null for the engine's default
 */
public record MeasureOptions(boolean build, Map<String, String> images, Map<String, String> networks,
                             String defaultNetwork, Duration buildTimeout) {

    public MeasureOptions {
        images = Map.copyOf(images);
        networks = Map.copyOf(networks);
    }

    /**
     * These options with service keys written the short way ({@code api} for {@code services/api}: the last path
     * segment, when only one service ends in it) replaced by the full service names.
     *
     * @throws IllegalArgumentException naming the key when no service, or more than one, answers to it
     */
    public MeasureOptions resolve(List<String> serviceNames) {
        return new MeasureOptions(build, resolveKeys(images, serviceNames, "--image"),
                resolveKeys(networks, serviceNames, "--build-network"), defaultNetwork, buildTimeout);
    }

    private static Map<String, String> resolveKeys(Map<String, String> given, List<String> names, String option) {
        Map<String, String> resolved = new LinkedHashMap<>();
        given.forEach((key, value) -> resolved.put(serviceNamed(key, names, option), value));
        return resolved;
    }

    private static String serviceNamed(String key, List<String> names, String option) {
        if (names.contains(key)) {
            return key;
        }
        List<String> matches = names.stream().filter(name -> name.endsWith("/" + key)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new IllegalArgumentException(option + " " + key + ": " + (matches.isEmpty()
                ? "no service of that name; services: " + String.join(", ", names)
                : "several services end in that name (" + String.join(", ", matches) + "); give the full name"));
    }

    /** Whether any service is measured, so an engine is needed. */
    public boolean any() {
        return build || !images.isEmpty();
    }

    /** The image given for this service, if any. */
    public Optional<String> imageFor(String service) {
        return Optional.ofNullable(images.get(service));
    }

    /** The build network of this service, or null for the engine's default. */
    public String networkFor(String service) {
        return networks.getOrDefault(service, defaultNetwork);
    }
}
