package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void pausesStartShortAndDoubleUpToTheCeiling() {
        Backoff backoff = new Backoff();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            millis.add(backoff.advance().toMillis());
        }
        assertThat(millis).containsExactly(100L, 200L, 400L, 800L, 1000L, 1000L, 1000L);
        assertThat(Backoff.CEILING).isEqualTo(Duration.ofSeconds(1));
    }
}
