package dev.slimline.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The runtime configuration of an image. Empty strings and lists mean "not set" (an empty user means root).
 *
 * @param user {@code USER}, empty when unset
 * @param healthcheck {@code HEALTHCHECK}, empty when the image has none
 * @param env {@code ENV} as {@code KEY=value}
 * @param cmd {@code CMD}
 * @param entrypoint {@code ENTRYPOINT}
 * @param exposedPorts {@code EXPOSE}, e.g. {@code 8080/tcp}
 * @param workdir {@code WORKDIR}, empty when unset
 * @param labels {@code LABEL}s
 * @param stopSignal {@code STOPSIGNAL}, empty when unset
 * @param volumes {@code VOLUME}s
 */
public record RuntimeConfig(String user, Optional<HealthCheck> healthcheck, List<String> env, List<String> cmd,
        List<String> entrypoint, Set<String> exposedPorts, String workdir, Map<String, String> labels,
        String stopSignal, Set<String> volumes) {

    public RuntimeConfig {
        user = user == null ? "" : user;
        healthcheck = healthcheck == null ? Optional.empty() : healthcheck;
        env = List.copyOf(env);
        cmd = List.copyOf(cmd);
        entrypoint = List.copyOf(entrypoint);
        exposedPorts = Set.copyOf(exposedPorts);
        workdir = workdir == null ? "" : workdir;
        labels = Map.copyOf(labels);
        stopSignal = stopSignal == null ? "" : stopSignal;
        volumes = Set.copyOf(volumes);
    }

    /** True when the image runs as root: no USER, or USER 0 / root (with or without a group). */
    public boolean runsAsRoot() {
        return isRoot(user);
    }

    /** True for a USER value that means root: empty, {@code 0} or {@code root}, with or without a group. */
    public static boolean isRoot(String user) {
        String name = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
        return name.isEmpty() || name.equals("0") || name.equals("root");
    }
}
