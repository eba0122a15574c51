package dev.slimline.verify;

import dev.slimline.image.ImageReport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The optimized images' file trees ({@code docker save} through the image reader), read one after another on a
 * thread of their own as soon as the images are built, so the reads overlap the containers' start-up and probes
 * instead of following them. {@link #get} waits for one read and throws what the read threw.
 */
final class ImageReads implements AutoCloseable {

    /** A read still going when the run ends is allowed to finish (its image is removed after it). */
    private static final Duration FINISH_WAIT = Duration.ofMinutes(2);

    private final Function<String, ImageReport> reader;
    private final ExecutorService thread = WorkerThreads.daemons("verify-image-read", 1);
    private final Map<String, Future<ImageReport>> reads = new LinkedHashMap<>();

    ImageReads(Function<String, ImageReport> reader) {
        this.reader = reader;
    }

    /** Queues the read of one image. */
    void start(String tag) {
        reads.computeIfAbsent(tag, key -> thread.submit(() -> reader.apply(key)));
    }

    /** The image's report; read now when it was not queued. */
    ImageReport get(String tag) {
        start(tag);
        try {
            return reads.get(tag).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + tag, e);
        } catch (ExecutionException e) {
            throw WorkerThreads.rethrown(e.getCause());
        }
    }

    /** Drops the reads not started and waits (bounded) for the one in progress. */
    @Override
    public void close() {
        WorkerThreads.stop(thread, FINISH_WAIT);
    }
}
