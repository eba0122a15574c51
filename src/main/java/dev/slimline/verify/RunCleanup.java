package dev.slimline.verify;

import dev.slimline.engine.ComposeRequest;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineJanitor;
import dev.slimline.SlimlineException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Removes everything one verify run made, whichever way the run ends: {@link #close()} in a finally block on
 * success and failure, and a shutdown hook on Ctrl-C or SIGTERM. The hook first ends the docker commands the run
 * still has going (a build would otherwise finish and leave an image behind), then takes compose projects down and
 * removes every container, image, network and volume carrying the run's label.
 */
public final class RunCleanup implements AutoCloseable {

    private static final Duration CHILD_EXIT_WAIT = Duration.ofSeconds(10);

    private final DockerEngine engine;
    private final RunLabel label;
    private final boolean keep;
    private final List<ComposeRequest> projects = new CopyOnWriteArrayList<>();
    private final List<String> imageTags = new CopyOnWriteArrayList<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final Thread hook;

    public RunCleanup(DockerEngine engine, RunLabel label, boolean keep) {
        this.engine = engine;
        this.label = label;
        this.keep = keep;
        this.hook = new Thread(this::onShutdown, "verify-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** A compose project to take down at the end. */
    public void track(ComposeRequest project) {
        projects.add(project);
    }

    /** A tracked project the run took down itself: the end need not run compose for it again. */
    public void takenDown(ComposeRequest project) {
        projects.remove(project);
    }

    /**
     * An image tag to remove at the end, for builds that carry no run label (the originals: a label would change
     * their image ID). Removing the tag never removes an image another tag still names.
     */
    public void trackImage(String tag) {
        imageTags.add(tag);
    }

    /** True once the process is shutting down: the run stops starting new work. */
    public boolean cancelled() {
        return cancelled.get();
    }

    /** Throws when the run was interrupted, so the run unwinds instead of starting the next step. */
    public void checkNotCancelled() {
        if (cancelled.get()) {
            throw SlimlineException.unavailable("verify was interrupted; cleaning up");
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            return; // shutting down: the hook does the work
        }
        // an interrupted thread cannot wait for the docker commands that remove things; interrupt again afterwards
        boolean interrupted = Thread.interrupted();
        try {
            removeAll();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What the shutdown hook does (package-private so a test can run it as the hook would). */
    void onShutdown() {
        cancelled.set(true);
        if (keep) {
            return;
        }
        endChildProcesses();
        removeAll();
        // a command started between the kill and the removal could still have created something
        endChildProcesses();
        removeAll();
    }

    private void removeAll() {
        if (keep) {
            return;
        }
        for (ComposeRequest project : projects) {
            try {
                engine.composeDown(project);
            } catch (SlimlineException e) {
                // the janitor below removes what compose could not
            }
        }
        new EngineJanitor(engine).removeAll(label.filter());
        for (String tag : imageTags) {
            try {
                engine.removeImage(tag);
            } catch (SlimlineException e) {
                // not built (the run ended first) or already gone
            }
        }
    }

    /** Ends the programs this JVM started (docker builds and runs) and waits, bounded, for them to exit. */
    private static void endChildProcesses() {
        List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
        children.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(CHILD_EXIT_WAIT);
        for (ProcessHandle child : children) {
            while (child.isAlive() && Instant.now().isBefore(deadline)) {
                Waits.pause(Duration.ofMillis(100));
            }
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }
}
