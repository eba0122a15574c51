package dev.slimline.engine;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Docker engine as slimline uses it, in the manner of Jib's {@code DockerClient}: one method per engine
 * operation, immutable requests and results, no Docker types leaking out. Implementations talk to a real engine
 * ({@link CliDockerEngine} drives the {@code docker} client); nothing else in slimline runs {@code docker}.
 *
 * <p>Every call is bounded in time: requests carry an optional timeout, other calls use the engine's
 * {@link EngineTimeouts}. Failures throw {@link EngineCommandException} (a {@link dev.slimline.SlimlineException}
 * of kind UNAVAILABLE); an image the engine does not have throws {@link ImageNotFoundException}.
 */
public interface DockerEngine {

    /** Client, server, builder and compose flavour this engine uses. */
    EngineInfo info();

    /** Builds an image and tags it; the log tail helps explain a failed or slow build. */
    BuildResult build(BuildRequest request);

    /**
     * Whether independent builds may run side by side: BuildKit schedules them together and shares their common
     * steps; the legacy builder is left one build at a time.
     */
    default boolean concurrentBuilds() {
        return false;
    }

    /** Size, layers and config of an image. Throws {@link ImageNotFoundException} if the engine lacks it. */
    ImageDetails imageInspect(String ref);

    /** The image's build steps, oldest first, with exact byte sizes. */
    List<HistoryEntry> history(String ref);

    /**
     * The {@code docker save} tar of an image, streamed straight from the client: nothing is written to disk.
     * Closing the stream ends the process. A failure of the save surfaces as an {@link java.io.IOException} when
     * the stream reaches its end.
     */
    InputStream save(String ref);

    /** Imports a root filesystem tar as a one-layer image (for stand-ins and tests); returns the image id. */
    String importImage(InputStream rootfsTar, String ref, List<String> changes);

    boolean imageExists(String ref);

    /**
     * Removes a tag, or an image by id with all its tags ({@code --force}, so cleanup never stops at an image two
     * tags share); returns false when there was nothing to remove.
     */
    boolean removeImage(String ref);

    /**
     * Creates and starts a container; returns its id. Detached requests return once it is started; attached ones
     * once it has exited (read its output with {@link #logs} and its exit code with {@link #inspectContainer}).
     */
    String run(RunRequest request);

    /** Runs a command in a running container. */
    ExecResult exec(String container, List<String> argv, Duration timeout);

    default ExecResult exec(String container, List<String> argv) {
        return exec(container, argv, null);
    }

    /** The last {@code tail} lines of a container's output (all of it when {@code tail <= 0}). */
    ContainerLogs logs(String container, int tail);

    ContainerDetails inspectContainer(String container);

    /** Stops a container, giving it {@code grace} to exit before it is killed. */
    void stop(String container, Duration grace);

    /** Removes a container, running or not, with its anonymous volumes; no error when it is already gone. */
    void rm(String container);

    /** Creates a network; returns its id. */
    String createNetwork(String name, Map<String, String> labels);

    void removeNetwork(String name);

    /** Creates a named volume; returns its name. */
    String createVolume(String name, Map<String, String> labels);

    void removeVolume(String name);

    /**
     * Ids (names for volumes) of the objects of one kind carrying a label, {@code key} or {@code key=value}.
     * Cleanup uses it to remove, and tests to count, what a run left behind.
     */
    List<String> listByLabel(EngineObject kind, String label);

    /** {@code compose up --detach} of a project, with v2 ({@code docker compose}) or v1 ({@code docker-compose}). */
    void composeUp(ComposeRequest request);

    /** {@code compose down} of a project, removing its volumes and orphans; its containers get 1 s to stop. */
    void composeDown(ComposeRequest request);
}
