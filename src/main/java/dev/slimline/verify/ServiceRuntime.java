package dev.slimline.verify;

import java.util.List;
import java.util.Map;

/**
 * What a service needs to run, from the repository's compose file (or nothing when there is none).
 *
 * @param composeName the service's name in compose, which other services use as a host name
 * @param env environment the compose file sets
 * @param containerPorts container ports the compose file publishes
 * @param dependsOn compose services it needs (e.g. {@code redis})
 * @param buildNetwork the build network ({@code host} for the wheelhouse on 127.0.0.1), or null
 */
public record ServiceRuntime(String composeName, Map<String, String> env, List<Integer> containerPorts,
        List<String> dependsOn, String buildNetwork) {

    public ServiceRuntime {
        env = Map.copyOf(env);
        containerPorts = List.copyOf(containerPorts);
        dependsOn = List.copyOf(dependsOn);
    }

    public static ServiceRuntime none(String composeName) {
        return new ServiceRuntime(composeName, Map.of(), List.of(), List.of(), null);
    }
}
