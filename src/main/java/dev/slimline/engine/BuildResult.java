package dev.slimline.engine;

import java.time.Duration;

/**
 * A finished build.
 *
 * @param imageId the built image's id ({@code sha256:...})
 * @param duration wall-clock time of the build
 * @param logTail the last lines of the builder's output
 */
public record BuildResult(String imageId, Duration duration, String logTail) {
}
