package dev.slimline.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs verify's image builds a few at a time (BuildKit builds independent images side by side and shares the steps
 * they have in common) and returns their results in the order given, so the report does not depend on which build
 * finished first. A build that throws, or an interrupt of the waiting thread, stops the others (their docker
 * processes are killed by the interrupt) and waits for them to end before the exception goes on: nothing is still
 * building when the run's cleanup starts.
 */
final class ParallelBuilds {

    /** How long the builds still running may take to end once interrupted (their processes are killed at once). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private ParallelBuilds() {
    }

    static <T> List<T> run(List<Supplier<T>> builds, int atOnce) {
        if (atOnce <= 1 || builds.size() <= 1) {
            List<T> results = new ArrayList<>();
            for (Supplier<T> build : builds) {
                results.add(build.get());
            }
            return results;
        }
        ExecutorService pool = WorkerThreads.daemons("verify-build", Math.min(atOnce, builds.size()));
        try {
            List<Future<T>> futures = builds.stream().map(build -> pool.submit(build::get)).toList();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        } catch (ExecutionException e) {
            throw WorkerThreads.rethrown(e.getCause());
        } finally {
            WorkerThreads.stop(pool, STOP_WAIT);
        }
    }
}
