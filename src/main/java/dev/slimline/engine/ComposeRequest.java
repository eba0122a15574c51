package dev.slimline.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A compose project.
 *
 * @param files the compose files, in {@code -f} order
 * @param projectName the project name ({@code -p}), which also names its containers and networks
 * @param timeout how long up or down may take, or null for {@link EngineTimeouts#compose()}
 */
public record ComposeRequest(List<Path> files, String projectName, Duration timeout) {

    public ComposeRequest {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a compose project needs at least one file");
        }
        Objects.requireNonNull(projectName, "projectName");
    }

    public static ComposeRequest of(Path file, String projectName) {
        return new ComposeRequest(List.of(file), projectName, null);
    }
}
