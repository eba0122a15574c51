package dev.slimline.engine;

import java.time.Duration;
import java.util.List;

/**
 * A {@code HEALTHCHECK}. Zero durations and retries mean the engine default.
 *
 * @param test the test as the engine stores it, e.g. {@code [CMD-SHELL, curl -f http://localhost/]}, or
 *     {@code [NONE]} for {@code HEALTHCHECK NONE}
 */
public record HealthCheck(List<String> test, Duration interval, Duration timeout, Duration startPeriod, int retries) {

    public HealthCheck {
        test = List.copyOf(test);
    }

    /** {@code HEALTHCHECK NONE} switches off a check inherited from the base image. */
    public boolean disabled() {
        return !test.isEmpty() && test.get(0).equals("NONE");
    }
}
