package dev.slimline.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One container to start. Ports are only ever published on 127.0.0.1: slimline's probes never leave loopback.
 *
 * @param image the image to run
 * @param name the container name, or null for a generated one
 * @param env environment variables
 * @param ports ports to publish on 127.0.0.1
 * @param network the network to join, or null for the default bridge
 * @param user the user to run as, or null for the image's
 * @param command arguments replacing the image's CMD; empty keeps it
 * @param labels labels on the container (cleanup finds containers by them)
 * @param detach return once started (true) or once exited (false)
 * @param timeout how long starting (or, attached, running) may take, or null for {@link EngineTimeouts#run()}
 */
public record RunRequest(String image, String name, Map<String, String> env, List<PortMapping> ports, String network,
        String user, List<String> command, Map<String, String> labels, boolean detach, Duration timeout) {

    public RunRequest {
        Objects.requireNonNull(image, "image");
        env = BuildRequest.sortedCopy(env);
        ports = List.copyOf(ports);
        command = List.copyOf(command);
        labels = BuildRequest.sortedCopy(labels);
    }

    /** A detached container of {@code image} with nothing else set. */
    public static RunRequest detached(String image) {
        return new RunRequest(image, null, Map.of(), List.of(), null, null, List.of(), Map.of(), true, null);
    }

    public RunRequest withName(String containerName) {
        return new RunRequest(image, containerName, env, ports, network, user, command, labels, detach, timeout);
    }

    public RunRequest withEnv(Map<String, String> variables) {
        return new RunRequest(image, name, variables, ports, network, user, command, labels, detach, timeout);
    }

    public RunRequest withPorts(List<PortMapping> published) {
        return new RunRequest(image, name, env, published, network, user, command, labels, detach, timeout);
    }

    public RunRequest withNetwork(String joined) {
        return new RunRequest(image, name, env, ports, joined, user, command, labels, detach, timeout);
    }

    public RunRequest withUser(String runAs) {
        return new RunRequest(image, name, env, ports, network, runAs, command, labels, detach, timeout);
    }

    public RunRequest withCommand(List<String> argv) {
        return new RunRequest(image, name, env, ports, network, user, argv, labels, detach, timeout);
    }

    public RunRequest withLabels(Map<String, String> containerLabels) {
        return new RunRequest(image, name, env, ports, network, user, command, containerLabels, detach, timeout);
    }

    public RunRequest withDetach(boolean background) {
        return new RunRequest(image, name, env, ports, network, user, command, labels, background, timeout);
    }

    public RunRequest withTimeout(Duration limit) {
        return new RunRequest(image, name, env, ports, network, user, command, labels, detach, limit);
    }
}
