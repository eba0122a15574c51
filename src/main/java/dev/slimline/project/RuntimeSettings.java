package dev.slimline.project;

import java.util.List;
import java.util.Map;

/**
 * How a compose file runs a service, as far as verify needs it.
 *
 * @param composeName the service's key in compose, which other services use as a host name
 * @param env the environment it sets
 * @param containerPorts the container ports it publishes
 * @param dependsOn the compose services it needs
 */
public record RuntimeSettings(String composeName, Map<String, String> env, List<Integer> containerPorts,
        List<String> dependsOn) {

    public RuntimeSettings {
        env = Map.copyOf(env);
        containerPorts = List.copyOf(containerPorts);
        dependsOn = List.copyOf(dependsOn);
    }
}
