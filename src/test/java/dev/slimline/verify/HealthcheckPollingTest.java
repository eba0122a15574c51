package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.engine.HealthCheck;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HealthcheckPollingTest {

    private static HealthCheck check(List<String> test, Duration interval, int retries) {
        return new HealthCheck(test, interval, Duration.ofSeconds(10), Duration.ofSeconds(30), retries);
    }

    @Test
    void aThirtySecondHealthcheckIsRunEverySecondWithTheSameWindowBeforeUnhealthy() {
        HealthcheckPolling polling = HealthcheckPolling.of(Optional.of(
                check(List.of("CMD", "wget", "-qO-", "http://localhost:8080/health"), Duration.ofSeconds(30), 3)))
                .orElseThrow();
        assertThat(polling.interval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(polling.retries()).isEqualTo(90);
    }

    @Test
    void engineDefaultsCountAsThirtySecondsAndThreeRetries() {
        HealthcheckPolling polling = HealthcheckPolling.of(Optional.of(
                check(List.of("CMD-SHELL", "true"), Duration.ZERO, 0))).orElseThrow();
        assertThat(polling.retries()).isEqualTo(90);
    }

    @Test
    void aSubSecondRemainderRoundsTheWindowUp() {
        HealthcheckPolling polling = HealthcheckPolling.of(Optional.of(
                check(List.of("CMD", "true"), Duration.ofMillis(2500), 3))).orElseThrow();
        assertThat(polling.retries()).isEqualTo(8);
    }

    @Test
    void noHealthcheckASwitchedOffOneOrAnAlreadyFastOneIsLeftAlone() {
        assertThat(HealthcheckPolling.of(Optional.empty())).isEmpty();
        assertThat(HealthcheckPolling.of(Optional.of(check(List.of("NONE"), Duration.ofSeconds(30), 3)))).isEmpty();
        assertThat(HealthcheckPolling.of(Optional.of(check(List.of("CMD", "true"), Duration.ofSeconds(1), 3))))
                .isEmpty();
    }
}
