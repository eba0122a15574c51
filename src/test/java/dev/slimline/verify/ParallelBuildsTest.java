package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ParallelBuildsTest {

    @Test
    void resultsComeInTheOrderGivenWhateverOrderTheBuildsEndIn() {
        CountDownLatch secondDone = new CountDownLatch(1);
        Supplier<String> first = () -> {
            await(secondDone); // ends only after the second
            return "first";
        };
        Supplier<String> second = () -> {
            secondDone.countDown();
            return "second";
        };

        assertThat(ParallelBuilds.run(List.of(first, second, () -> "third"), 3))
                .containsExactly("first", "second", "third");
    }

    @Test
    void aBuildThatThrowsStopsTheOthersAndTheyHaveEndedWhenTheExceptionArrives() {
        CountDownLatch blocking = new CountDownLatch(1);
        AtomicBoolean blockedOneEnded = new AtomicBoolean();
        Supplier<String> hangs = () -> {
            blocking.countDown();
            try {
                new CountDownLatch(1).await();
                return "never";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running docker build", e);
            } finally {
                blockedOneEnded.set(true);
            }
        };
        Supplier<String> throwsOnceTheOtherHangs = () -> {
            await(blocking);
            throw new IllegalStateException("verify was interrupted; cleaning up");
        };

        assertThatThrownBy(() -> ParallelBuilds.run(List.of(throwsOnceTheOtherHangs, hangs), 2))
                .hasMessage("verify was interrupted; cleaning up");
        assertThat(blockedOneEnded).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void oneAtATimeRunsOnTheCallersThreadInOrder() {
        Thread caller = Thread.currentThread();
        List<Supplier<Boolean>> onCaller = List.of(() -> Thread.currentThread() == caller,
                () -> Thread.currentThread() == caller);

        assertThat(ParallelBuilds.run(onCaller, 1)).containsExactly(true, true);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
