package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.cli.CliHarness;
import dev.slimline.engine.EngineObject;
import dev.slimline.engine.TestEngines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Verify removes every container, network, volume and image it made when it is interrupted (SIGTERM as
 * {@code Process.destroy()} sends, SIGINT as Ctrl-C sends) while its containers run. Objects are counted by verify's
 * label before and after; {@code --keep} shows the count is not trivially zero. (Cleanup after a passing run is
 * asserted by both runs of {@link VerifyMonorepoIT}, after a failing run in {@link VerifyBrokenOptimizationIT}.)
 */
class VerifyCleanupIT {

    private static final String[] API_ONLY = {"verify", "examples/monorepo", "api", "--optimized",
        "api=" + VerifyMonorepoIT.OPTIMIZED.resolve("api.Dockerfile")};

    private final VerifyEngineObjects objects = new VerifyEngineObjects();
    private final VerifyEngineObjects kept = new VerifyEngineObjects();

    @AfterEach
    void removeWhatAKeptOrFailedRunLeft() {
        objects.removeAll();
        kept.removeAll();
    }

    @Test
    void keepLeavesItsObjects() {
        CliHarness.Result keeping = CliHarness.run(append(API_ONLY, "--keep", "--run-id", kept.runId()));
        assertThat(keeping.exitCode()).as(keeping.out() + keeping.err()).isZero();
        assertThat(keeping.err()).contains("kept: remove with");
        Map<EngineObject, Integer> after = kept.count();
        // with --keep both compose projects stay up: 2 networks, api + redis containers of each. One labelled image:
        // the original is built without verify's label (its image ID must equal a compose build's) and is kept by its tag.
        assertThat(after.get(EngineObject.IMAGE)).isEqualTo(1);
        String originalTag = kept.imageTag("services/api", Variant.ORIGINAL);
        assertThat(TestEngines.real().imageInspect(originalTag).sizeBytes()).as(originalTag).isPositive();
        TestEngines.real().removeImage(originalTag);
        assertThat(after.get(EngineObject.NETWORK)).isEqualTo(2);
        assertThat(after.get(EngineObject.CONTAINER)).isEqualTo(4);
        assertThat(after.get(EngineObject.VOLUME)).as("redis's /data volume of each project").isEqualTo(2);
    }

    @Test
    void sigtermWhileContainersRunRemovesEverything() throws Exception {
        interruptAndCount("probing services/api (optimized)", Process::destroy);
    }

    @Test
    void sigintDuringComposeUpRemovesEverything() throws Exception {
        interruptAndCount("starting the optimized images", process -> {
            try {
                new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void interruptAndCount(String step, java.util.function.Consumer<Process> interrupt) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(append(new String[] {java.toString(), "-cp",
            System.getProperty("java.class.path"), "dev.slimline.cli.Main"}, append(API_ONLY, "--run-id", objects.runId())));
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        try {
            assertThat(watchFor(process, step).get(10, TimeUnit.MINUTES)).as("the run reached '" + step + "'").isTrue();
            assertThat(objects.total()).as("objects exist while verify runs").isPositive();
            interrupt.accept(process);
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("verify ends after the signal").isTrue();
            assertThat(objects.count()).isEqualTo(VerifyEngineObjects.none());
        } finally {
            process.destroyForcibly();
        }
    }

    /** Completes true once the child's progress (stderr) shows {@code step}, false if it ends first; keeps draining. */
    private static CompletableFuture<Boolean> watchFor(Process process, String step) {
        CompletableFuture<Boolean> seen = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    if (line.contains(step)) {
                        seen.complete(true);
                    }
                }
            } catch (IOException e) {
                // the child ended
            }
            seen.complete(false);
        }, "verify-child-stderr");
        reader.setDaemon(true);
        reader.start();
        return seen;
    }

    private static String[] append(String[] first, String... more) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
