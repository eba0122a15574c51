package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import dev.slimline.engine.FakeDockerEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RunCleanup} on a {@link FakeDockerEngine} holding what a {@code --keep} run left: two images, two containers. */
class RunCleanupTest {

    @TempDir
    Path dir;

    private FakeVerifyRun run;
    private FakeDockerEngine engine;
    private List<String> containers;

    @BeforeEach
    void leaveARunBehind() {
        run = new FakeVerifyRun(dir);
        engine = FakeVerifyRun.healthy(new FakeDockerEngine());
        run.verifyKeeping(engine);
        containers = List.copyOf(engine.containerIds());
        assertThat(containers).hasSize(2);
        assertThat(engine.imageTags()).containsExactlyInAnyOrder(run.tag(Variant.ORIGINAL), run.tag(Variant.OPTIMIZED));
    }

    @Test
    void aRemovalThatFailsLeavesOnlyThatObjectAndTheRestAreRemoved() {
        engine.failCall("rm", containers.get(0)).failCall("removeImage", run.tag(Variant.ORIGINAL));

        cleanupOfTheRun(false).close();

        assertThat(engine.calls("rm")).containsExactlyInAnyOrderElementsOf(containers);
        assertThat(engine.calls("removeImage")).containsExactlyInAnyOrder(run.tag(Variant.ORIGINAL),
                run.tag(Variant.OPTIMIZED));
        assertThat(engine.containerIds()).containsExactly(containers.get(0));
        assertThat(engine.imageTags()).containsExactly(run.tag(Variant.ORIGINAL));
    }

    @Test
    void anInterruptedRunIsCancelledItsDockerCommandsEndedAndEverythingLabelledRemoved() throws Exception {
        RunCleanup cleanup = cleanupOfTheRun(false);
        Process dockerStandIn = new ProcessBuilder("sleep", "60").start();

        cleanup.onShutdown();

        assertThat(dockerStandIn.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(cleanup.cancelled()).isTrue();
        assertThatThrownBy(cleanup::checkNotCancelled).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("interrupted");
        run.assertNothingLeft(engine);
        cleanup.close();
    }

    @Test
    void withKeepTheHookCancelsTheRunButRemovesNothing() {
        RunCleanup cleanup = cleanupOfTheRun(true);
        int callsBefore = engine.calls().size();

        cleanup.onShutdown();
        cleanup.close();

        assertThat(cleanup.cancelled()).isTrue();
        assertThat(engine.calls()).hasSize(callsBefore);
        assertThat(engine.containerIds()).hasSize(2);
        assertThat(engine.imageTags()).isEqualTo(Set.of(run.tag(Variant.ORIGINAL), run.tag(Variant.OPTIMIZED)));
    }

    @Test
    void anInterruptedThreadStillRemovesEverythingAndKeepsItsInterrupt() {
        RunCleanup cleanup = cleanupOfTheRun(false);
        Thread.currentThread().interrupt();
        try {
            cleanup.close();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        run.assertNothingLeft(engine);
    }

    /**
     * The run's own cleanup as the Verifier leaves it: the label covers what verify labels, and the original's tag is
     * tracked by name (originals carry no label, so their image ID equals a compose build's).
     */
    private RunCleanup cleanupOfTheRun(boolean keep) {
        RunCleanup cleanup = new RunCleanup(engine, run.label, keep);
        cleanup.trackImage(run.tag(Variant.ORIGINAL));
        return cleanup;
    }
}
