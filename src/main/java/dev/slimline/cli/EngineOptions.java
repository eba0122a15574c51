package dev.slimline.cli;

import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineDetector;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --docker PATH}, shared by every command that needs the engine ({@code @Mixin EngineOptions engine}).
 * Without it, {@code SLIMLINE_DOCKER} names the client, else the best {@code docker} on PATH is used.
 */
public final class EngineOptions {

    @Option(names = "--docker", paramLabel = "PATH",
            description = "Docker client to use. Default: $" + EngineDetector.CLIENT_VARIABLE + ", else the first"
                    + " docker on PATH, or a later one if only that one can build with BuildKit."
                    + " DOCKER_HOST and docker contexts are honoured.")
    private Path docker;

    private final EngineDetector detector;

    /** For picocli: detects on this machine. */
    public EngineOptions() {
        this(EngineDetector.system());
    }

    /** With a detector of the test's choosing (a fake process runner, a given environment). */
    EngineOptions(EngineDetector detector) {
        this.detector = detector;
    }

    /** The client given with {@code --docker}, if any. */
    public Optional<Path> client() {
        return Optional.ofNullable(docker);
    }

    /**
     * The engine, detected and checked to answer.
     *
     * @throws dev.slimline.SlimlineException UNAVAILABLE (exit 4) with one line when there is none
     */
    public DockerEngine connect() {
        return detector.detect(client());
    }
}
