package dev.slimline.verify;

import java.io.PrintWriter;
import java.time.Duration;

/** One line per step, prefixed with the time since the run started: {@code [   12.3s] building services/api}. */
final class LineProgress implements Progress {

    private final PrintWriter out;
    private final long start = System.nanoTime();

    LineProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void step(String what) {
        out.printf("[%8s] %s%n", Progress.elapsed(Duration.ofNanos(System.nanoTime() - start)), what);
        out.flush();
    }
}
