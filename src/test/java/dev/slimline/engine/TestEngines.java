package dev.slimline.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * The real engine for integration tests. Never skips: an engine test that cannot reach the engine fails with the
 * detector's one line, which says what was tried and how to start one.
 */
public final class TestEngines {

    private static volatile CliDockerEngine detected;

    private TestEngines() {
    }

    /** The engine this machine has (detected once per test JVM), or an {@link AssertionError} saying why not. */
    public static CliDockerEngine real() {
        CliDockerEngine engine = detected;
        if (engine == null) {
            try {
                engine = EngineDetector.system().detect(Optional.empty());
            } catch (EngineUnavailableException e) {
                throw new AssertionError("integration tests need a running Docker engine: " + e.getMessage(), e);
            }
            detected = engine;
        }
        return engine;
    }

    /**
     * Waits (bounded) for an image the testbed setup provides, e.g. {@code debian:bookworm-slim}, and fails with a
     * hint when it does not appear.
     */
    public static String requireImage(String ref, Duration wait) {
        DockerEngine engine = real();
        if (!Polling.poll(wait, Duration.ofSeconds(2), () -> engine.imageExists(ref), Boolean::booleanValue)) {
            throw new AssertionError("image " + ref + " is not in the engine after waiting " + wait.toSeconds()
                    + "s; build the stand-ins with `bash testbed/setup.sh`");
        }
        return ref;
    }

    /** Sleeps for {@code duration}; for bounded polling loops. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
