package dev.slimline.engine;

import java.util.Map;

/**
 * What {@code docker container inspect} says about a container.
 *
 * @param id the container id
 * @param name the name, without the leading slash
 * @param status {@code created}, {@code running}, {@code exited}, ...
 * @param running whether it is running now
 * @param exitCode the exit code once it has exited
 * @param health {@code starting}, {@code healthy}, {@code unhealthy}, or empty when the image has no HEALTHCHECK
 * @param user the user its main process was started as (the image's USER unless the run overrode it); empty
 *     means root
 * @param publishedPorts container port ({@code 8080/tcp}) to the loopback port it is published on
 * @param labels its labels
 * @param pid the host process id of its main process while it runs (0 when it does not), e.g. to read
 *     {@code /proc/PID/status} of an image that has no shell
 */
public record ContainerDetails(String id, String name, String status, boolean running, int exitCode, String health,
        String user, Map<String, Integer> publishedPorts, Map<String, String> labels, int pid) {

    public ContainerDetails {
        health = health == null ? "" : health;
        user = user == null ? "" : user;
        publishedPorts = Map.copyOf(publishedPorts);
        labels = Map.copyOf(labels);
    }
}
