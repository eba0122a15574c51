package dev.slimline.verify;

import dev.slimline.engine.HealthCheck;
import java.time.Duration;
import java.util.Optional;

/**
 * How often verify has the engine run an image's own HEALTHCHECK. The engine runs the first test only after one
 * interval (30 s by default, and 30 s is what images usually declare), so waiting for "healthy" at the image's pace
 * costs half a minute per container even when the app answers in one second. Verify runs the same test, with the
 * image's own timeout and start period, every second, and keeps the time a failing app takes to be declared
 * unhealthy (retries × interval) the same.
 *
 * @param interval the pause between tests (one second)
 * @param retries consecutive failures before the engine says "unhealthy"
 */
public record HealthcheckPolling(Duration interval, int retries) {

    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration ENGINE_INTERVAL = Duration.ofSeconds(30);
    private static final int ENGINE_RETRIES = 3;

    /** The faster pace for this HEALTHCHECK; empty when there is none, it is switched off, or it is already fast. */
    static Optional<HealthcheckPolling> of(Optional<HealthCheck> healthcheck) {
        return healthcheck.filter(check -> !check.disabled()).flatMap(check -> {
            Duration interval = positive(check.interval()) ? check.interval() : ENGINE_INTERVAL;
            if (interval.compareTo(POLL) <= 0) {
                return Optional.empty();
            }
            int retries = check.retries() > 0 ? check.retries() : ENGINE_RETRIES;
            long window = interval.multipliedBy(retries).toMillis();
            return Optional.of(new HealthcheckPolling(POLL, (int) Math.min(Integer.MAX_VALUE,
                    (window + POLL.toMillis() - 1) / POLL.toMillis())));
        });
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isZero() && !duration.isNegative();
    }
}
