package dev.slimline.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The one bounded polling loop the integration tests share: every wait has a limit and a pause between attempts. */
public final class Polling {

    private Polling() {
    }

    /**
     * Asks {@code attempt} every {@code every} until {@code done} accepts its answer or {@code limit} has passed;
     * returns the last answer either way, so the caller's assertion shows what was seen.
     */
    public static <T> T poll(Duration limit, Duration every, Supplier<T> attempt, Predicate<? super T> done) {
        Instant deadline = Instant.now().plus(limit);
        T answer = attempt.get();
        while (!done.test(answer) && Instant.now().isBefore(deadline)) {
            TestEngines.pause(every);
            answer = attempt.get();
        }
        return answer;
    }
}
