package dev.slimline.verify;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** One status line, rewritten in place every second with the current step and how long it has been running. */
final class TerminalProgress implements Progress {

    private static final String CLEAR_LINE = "\r\033[2K";

    private final PrintWriter out;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "verify-progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String current = "";
    private volatile long stepStart = System.nanoTime();

    TerminalProgress(PrintWriter out) {
        this.out = out;
        ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void step(String what) {
        current = what;
        stepStart = System.nanoTime();
        redraw();
    }

    private synchronized void redraw() {
        long now = System.nanoTime();
        out.print(CLEAR_LINE + "⏳ " + current + " (" + Progress.elapsed(Duration.ofNanos(now - stepStart))
                + ", total " + Progress.elapsed(Duration.ofNanos(now - start)) + ")");
        out.flush();
    }

    @Override
    public synchronized void done() {
        ticker.shutdownNow();
        out.print(CLEAR_LINE);
        out.flush();
    }
}
