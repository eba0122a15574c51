package dev.slimline.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Property: for any mutated Dockerfile the parser either returns a model that prints back identically (with
 * consistent spans) or throws {@link ParseException} with a location, never anything else, and each input
 * finishes within a bound. Iterations come from {@code -Dslimline.fuzz.iterations} (see docs/fuzzing.md);
 * {@code -Dslimline.fuzz.seed} replays a run. A failing input is written to {@code target/fuzz-failures/}.
 */
class DockerfileFuzzTest {

    private static final long PER_INPUT_SECONDS = 2;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /**
     * CPU time for parse, lint and optimize of one hostile shape. Quadratic code took minutes on these (20,000
     * stages: > 120 s); linear code takes 2-3 s. CPU time, not wall time, so a CI machine shared by others does
     * not fail the test; the wall-clock bound only catches a hang.
     */
    private static final long HOSTILE_CPU_SECONDS = 10;
    private static final long HOSTILE_WALL_SECONDS = 120;

    @Test
    void mutatedDockerfilesOnlyEverParseOrFailWithParseException() throws Exception {
        int iterations = Integer.getInteger("slimline.fuzz.iterations", 5000);
        long seed = Long.getLong("slimline.fuzz.seed", 20261126L);
        List<String> seeds = TestDockerfiles.all().stream()
                .filter(file -> !TestDockerfiles.expectedInvalid(file))
                .map(TestDockerfiles::read)
                .toList();
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(60);
        DockerfileMutator mutator = new DockerfileMutator(seed, seeds);

        int parsed = 0;
        int rejected = 0;
        long started = System.nanoTime();
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fuzz-parse");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < iterations; i++) {
                String input = mutator.next();
                Future<Boolean> outcome = worker.submit(() -> parseOrReject(input));
                try {
                    if (outcome.get(PER_INPUT_SECONDS, TimeUnit.SECONDS)) {
                        parsed++;
                    } else {
                        rejected++;
                    }
                } catch (TimeoutException e) {
                    outcome.cancel(true);
                    failWith(input, i, seed, "parse took longer than " + PER_INPUT_SECONDS + " s", e);
                } catch (ExecutionException e) {
                    failWith(input, i, seed, "unexpected " + e.getCause(), e.getCause());
                }
            }
        } finally {
            worker.shutdownNow();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf("fuzz: %d inputs (seed %d) in %d ms: %d parsed, %d parse errors%n",
                iterations, seed, millis, parsed, rejected);
        assertThat(parsed + rejected).isEqualTo(iterations);
    }

    /**
     * Property for the hostile shapes (long tokens, deep stage chains, self-referencing ARGs): parsing, linting with
     * every built-in rule and optimizing each end within a bound, with a model or a located ParseException.
     */
    @Test
    void hostileShapesParseLintAndOptimizeWithinBounds() throws Exception {
        int iterations = Integer.getInteger("slimline.fuzz.hostile", 9);
        long seed = Long.getLong("slimline.fuzz.seed", 20261126L);
        HostileShapes shapes = new HostileShapes(seed);
        // the three shapes at their worst first, then random sizes
        List<String> inputs = new java.util.ArrayList<>(List.of(
                "FROM python:3.11\nRUN echo " + "a".repeat(256 * 1024) + "\n",
                HostileShapes.stageChain(20_000, null),
                "FROM python:3.11\nARG A=aaaaaaaaaa\n" + "ARG A=${A}${A}\n".repeat(40) + "RUN echo $A\n"));
        for (int i = 0; i < iterations; i++) {
            inputs.add(shapes.next());
        }
        dev.slimline.optimize.Optimizer optimizer = new dev.slimline.optimize.Optimizer(
                dev.slimline.knowledge.KnowledgeCatalog.bundled());
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fuzz-hostile");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int i = 0; i < inputs.size(); i++) {
                String input = inputs.get(i);
                Future<Long> outcome = worker.submit(() -> {
                    long cpuBefore = THREADS.getCurrentThreadCpuTime();
                    if (parseOrReject(input)) {
                        Dockerfile dockerfile = DockerfileParser.parse(input, Path.of("fuzz", "Dockerfile"));
                        dev.slimline.rule.Linter.lint(dockerfile, dev.slimline.rule.LintOptions.defaults());
                        optimizer.optimize(dockerfile, java.util.Optional.empty(),
                                dev.slimline.optimize.OptimizeOptions.defaults());
                    }
                    return THREADS.getCurrentThreadCpuTime() - cpuBefore;
                });
                try {
                    long cpu = outcome.get(HOSTILE_WALL_SECONDS, TimeUnit.SECONDS);
                    if (cpu > TimeUnit.SECONDS.toNanos(HOSTILE_CPU_SECONDS)) {
                        failWith(input, i, seed, "took " + TimeUnit.NANOSECONDS.toMillis(cpu) + " ms of CPU", null);
                    }
                } catch (TimeoutException e) {
                    outcome.cancel(true);
                    failWith(input, i, seed, "took longer than " + HOSTILE_WALL_SECONDS + " s", e);
                } catch (ExecutionException e) {
                    failWith(input, i, seed, "unexpected " + e.getCause(), e.getCause());
                }
            }
        } finally {
            worker.shutdownNow();
        }
    }

    /** True when parsed (and checked), false when rejected with a located ParseException. */
    private static boolean parseOrReject(String input) {
        Dockerfile dockerfile;
        try {
            dockerfile = DockerfileParser.parse(input, Path.of("fuzz", "Dockerfile"));
        } catch (ParseException e) {
            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
            assertThat(e.getMessage()).isNotBlank();
            return false;
        }
        if (!dockerfile.print().equals(input)) {
            throw new AssertionError("print() differs from the input");
        }
        DockerfileRoundTripTest.assertSegmentsTileTheText(dockerfile);
        DockerfileRoundTripTest.assertSpansMatchText(dockerfile);
        assertThat(dockerfile.stages()).isNotEmpty();
        return true;
    }

    private static void failWith(String input, int iteration, long seed, String what, Throwable cause)
            throws IOException {
        Path dir = Path.of("target", "fuzz-failures");
        Files.createDirectories(dir);
        Path saved = dir.resolve("seed-" + seed + "-iteration-" + iteration + ".Dockerfile");
        Files.writeString(saved, input);
        fail(what + " on iteration " + iteration + " (seed " + seed + "), input saved to " + saved, cause);
    }
}
