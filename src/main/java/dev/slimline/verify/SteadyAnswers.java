package dev.slimline.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Whether an HTTP service that answers none of the probed routes with 2xx has settled: every route answered, each
 * with a status from 300 to 499 (a redirect to a login page, 401, 403, 404), and the same statuses in every round
 * for {@link #SETTLE}. Such a service is up and serving its own routes only; waiting the whole probe timeout for a
 * 2xx that does not come cost two minutes per probe. A 5xx (a proxy before its upstream, a 503 while starting), a
 * refused or hanging connection, or a status that changes starts the wait again.
 */
final class SteadyAnswers {

    /** Long enough for an app that mounts its routes after it starts listening to mount them. */
    static final Duration SETTLE = Duration.ofSeconds(10);

    private final Duration settle;
    private Map<String, Integer> answers = Map.of();
    private Instant since;

    SteadyAnswers(Duration settle) {
        this.settle = settle;
    }

    /**
     * Records one round of requests ({@code statuses}: route to status, absent where a route got no HTTP answer, over
     * {@code routes} routes); true when this round's answers have not changed for the settle time.
     */
    boolean record(int routes, Map<String, Integer> statuses, Instant now) {
        boolean settling = statuses.size() == routes && statuses.values().stream().allMatch(s -> s >= 300 && s < 500);
        if (!settling) {
            answers = Map.of();
            return false;
        }
        if (!statuses.equals(answers)) {
            answers = Map.copyOf(statuses);
            since = now;
        }
        return !Duration.between(since, now).minus(settle).isNegative();
    }
}
