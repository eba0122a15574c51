package dev.slimline.verify;

import java.util.List;
import java.util.Map;

/**
 * One service of a compose project verify writes.
 *
 * @param name the compose service name (the host name other services use)
 * @param image the image to run (may hold a {@code ${VARIABLE}} Compose expands)
 * @param env its environment
 * @param ports container ports to publish on a free 127.0.0.1 port
 * @param dependsOn services started before it
 * @param volumePaths the image's VOLUME paths; each gets a labelled named volume, so cleanup can find it
 * @param labels container labels
 * @param healthcheckPolling the pace the image's own HEALTHCHECK is run at instead of its interval, or null
 */
public record ComposeService(String name, String image, Map<String, String> env, List<Integer> ports,
        List<String> dependsOn, List<String> volumePaths, Map<String, String> labels,
        HealthcheckPolling healthcheckPolling) {

    public ComposeService(String name, String image, Map<String, String> env, List<Integer> ports,
            List<String> dependsOn, List<String> volumePaths, Map<String, String> labels) {
        this(name, image, env, ports, dependsOn, volumePaths, labels, null);
    }

    public ComposeService {
        env = Map.copyOf(env);
        ports = List.copyOf(ports);
        dependsOn = List.copyOf(dependsOn);
        volumePaths = List.copyOf(volumePaths);
        labels = Map.copyOf(labels);
    }
}
