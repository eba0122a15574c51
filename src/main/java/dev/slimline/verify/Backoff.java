package dev.slimline.verify;

import java.time.Duration;

/**
 * The pauses of one polling loop: short at first, so a container that is ready quickly is seen quickly, then
 * doubling up to a ceiling, so a slow one is not asked (a docker command or an HTTP request each time) too often.
 */
final class Backoff {

    static final Duration FIRST = Duration.ofMillis(100);
    static final Duration CEILING = Duration.ofSeconds(1);

    private Duration next = FIRST;

    /** Sleeps the next pause; false when interrupted, as {@link Waits#pause}. */
    boolean pause() {
        return Waits.pause(advance());
    }

    /** The next pause, doubling the one after it up to the ceiling. */
    Duration advance() {
        Duration now = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(CEILING) > 0 ? CEILING : doubled;
        return now;
    }
}
