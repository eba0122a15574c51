package dev.slimline.verify;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The worker threads verify starts beside its own: daemons (they never hold the JVM open), stopped the same way. */
final class WorkerThreads {

    private WorkerThreads() {
    }

    static ExecutorService daemons(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Drops the tasks not started, interrupts the running ones (a docker process of theirs is killed) and waits for
     * them up to {@code wait}; the caller's interrupt flag is cleared for the wait and set again after it.
     */
    static void stop(ExecutorService pool, Duration wait) {
        pool.shutdownNow();
        boolean interrupted = Thread.interrupted();
        try {
            pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The cause of a task's failure, thrown as it was when unchecked. */
    static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
