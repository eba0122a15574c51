package dev.slimline.engine;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One program to run.
 *
 * @param argv the program and its arguments
 * @param env variables set on top of the inherited environment (which keeps DOCKER_HOST, DOCKER_CONTEXT, ...)
 * @param timeout how long it may run before it is killed
 * @param stdin what to feed it, or null for nothing
 */
public record ProcessSpec(List<String> argv, Map<String, String> env, Duration timeout, InputStream stdin) {

    public ProcessSpec {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("no program to run");
        }
        env = Map.copyOf(env);
        Objects.requireNonNull(timeout, "timeout");
    }

    public static ProcessSpec of(List<String> argv, Duration timeout) {
        return new ProcessSpec(argv, Map.of(), timeout, null);
    }
}
