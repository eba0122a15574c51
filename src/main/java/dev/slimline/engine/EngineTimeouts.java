package dev.slimline.engine;

import java.time.Duration;

/**
 * Default time limits of engine calls; requests may carry their own.
 *
 * @param probe detection probes ({@code docker buildx version}, ...)
 * @param query inspect, history, list, create and remove calls
 * @param run starting a container, exec, stop
 * @param build an image build
 * @param save streaming an image out
 * @param compose compose up or down
 */
public record EngineTimeouts(Duration probe, Duration query, Duration run, Duration build, Duration save,
        Duration compose) {

    /** Generous enough for the 1 GB stand-in images on a 2-core machine, short enough to end a hung CI job. */
    public static EngineTimeouts defaults() {
        return new EngineTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofMinutes(2),
                Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(10));
    }
}
