package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the answers of an HTTP service without a 2xx route count as settled, on instants the test gives. */
class SteadyAnswersTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Map<String, Integer> NO_ROUTE = Map.of("/health", 404, "/", 404);

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private final SteadyAnswers steady = new SteadyAnswers(Duration.ofSeconds(10));

    @Test
    void theSameRedirectOrClientErrorOnEveryRouteSettlesAfterTheSettleTime() {
        Map<String, Integer> login = Map.of("/health", 401, "/", 302);

        assertThat(steady.record(2, login, at(0))).isFalse();
        assertThat(steady.record(2, login, at(9))).isFalse();
        assertThat(steady.record(2, login, at(10))).isTrue();
    }

    @Test
    void aChangedStatusStartsTheWaitAgain() {
        steady.record(2, NO_ROUTE, at(0));
        steady.record(2, Map.of("/health", 404, "/", 401), at(5));

        assertThat(steady.record(2, Map.of("/health", 404, "/", 401), at(12))).isFalse();
        assertThat(steady.record(2, Map.of("/health", 404, "/", 401), at(15))).isTrue();
    }

    @Test
    void aServerErrorNeverSettlesAndStartsTheWaitAgain() {
        Map<String, Integer> starting = Map.of("/health", 503, "/", 404);

        assertThat(steady.record(2, starting, at(0))).isFalse();
        assertThat(steady.record(2, starting, at(60))).isFalse();
        steady.record(2, NO_ROUTE, at(61));
        assertThat(steady.record(2, NO_ROUTE, at(70))).isFalse();
        assertThat(steady.record(2, NO_ROUTE, at(71))).isTrue();
    }

    @Test
    void aRouteWithoutAnHttpAnswerNeverSettlesAndStartsTheWaitAgain() {
        steady.record(2, NO_ROUTE, at(0));
        assertThat(steady.record(2, Map.of("/", 404), at(10))).as("/health refused or timed out").isFalse();

        assertThat(steady.record(2, NO_ROUTE, at(11))).isFalse();
        assertThat(steady.record(2, NO_ROUTE, at(21))).isTrue();
    }
}
