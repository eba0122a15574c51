package dev.slimline.engine;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the engine and decides how to drive it:
 * <ol>
 *   <li>the client: the one the user chose ({@code --docker PATH}, else {@code SLIMLINE_DOCKER}), else the first
 *       {@code docker} on PATH, unless that one can only use the legacy builder while a later one on PATH can
 *       use BuildKit (a 28.x client without the buildx plugin before Debian's 20.10 client, see TESTBED.md);</li>
 *   <li>the builder: buildx when {@code docker buildx version} works, else BuildKit when the client accepts
 *       {@code DOCKER_BUILDKIT=1}, else the legacy builder; {@code DOCKER_BUILDKIT=0} in the environment asks for
 *       the legacy builder;</li>
 *   <li>that an engine answers ({@code docker info}); DOCKER_HOST and contexts are the client's business and
 *       pass through the environment untouched;</li>
 *   <li>compose: the {@code docker compose} plugin (v2), else a {@code docker-compose} program (v1).</li>
 * </ol>
 * No client or no engine ends in one {@link EngineUnavailableException} line saying what was tried.
 */
public final class EngineDetector {

    /** The environment variable naming the client when {@code --docker} is not given. */
    public static final String CLIENT_VARIABLE = "SLIMLINE_DOCKER";

    private final ProcessRunner runner;
    private final Map<String, String> env;
    private final ExecutableLocator locator;
    private final EngineTimeouts timeouts;

    public EngineDetector(ProcessRunner runner, Map<String, String> env, ExecutableLocator locator,
            EngineTimeouts timeouts) {
        this.runner = runner;
        this.env = Map.copyOf(env);
        this.locator = locator;
        this.timeouts = timeouts;
    }

    /** Detection on this machine: real programs, this process's environment and PATH. */
    public static EngineDetector system() {
        Map<String, String> env = System.getenv();
        return new EngineDetector(new SystemProcessRunner(), env, ExecutableLocator.onPath(env),
                EngineTimeouts.defaults());
    }

    /**
     * The engine to use, checked to answer.
     *
     * @param chosenClient the client from {@code --docker}; when empty, {@code SLIMLINE_DOCKER}, then PATH
     * @throws EngineUnavailableException when there is no client or no engine answers
     */
    public CliDockerEngine detect(Optional<Path> chosenClient) {
        Optional<Path> chosen = chosenClient.or(() -> Optional.ofNullable(env.get(CLIENT_VARIABLE))
                .filter(value -> !value.isBlank()).map(Path::of));
        List<Path> candidates = chosen.map(List::of).orElseGet(() -> locator.findAll("docker"));
        if (candidates.isEmpty()) {
            throw new EngineUnavailableException("no docker client found on PATH (" + env.getOrDefault("PATH", "")
                    + "); install one (Debian: apt-get install docker.io), run `bash testbed/setup.sh`,"
                    + " or name one with --docker PATH or " + CLIENT_VARIABLE);
        }
        // DOCKER_BUILDKIT=0 is the user asking for the classic builder, as the docker client itself honours it.
        if ("0".equals(env.get("DOCKER_BUILDKIT"))) {
            return connect(candidates.get(0), Builder.LEGACY);
        }
        for (Path client : candidates) {
            Builder builder = builderOf(client);
            if (builder != Builder.LEGACY) {
                return connect(client, builder);
            }
        }
        // No client can use BuildKit: the first one, as a shell would pick it.
        return connect(candidates.get(0), Builder.LEGACY);
    }

    /** Checks the engine answers through {@code client}, then finds compose. */
    private CliDockerEngine connect(Path client, Builder builder) {
        String dockerHost = env.getOrDefault("DOCKER_HOST", "");
        // Check the engine answers before looking for compose, so "no engine" is the error a user sees first.
        new CliDockerEngine(runner, new EngineSetup(client, builder, ComposeFlavour.NONE, null, dockerHost), timeouts)
                .info();
        Optional<Path> composeBinary = Optional.empty();
        ComposeFlavour compose;
        if (succeeds(List.of(client.toString(), "compose", "version"), Map.of())) {
            compose = ComposeFlavour.V2_PLUGIN;
        } else {
            composeBinary = locator.findAll("docker-compose").stream().findFirst();
            compose = composeBinary.isPresent() ? ComposeFlavour.V1_BINARY : ComposeFlavour.NONE;
        }
        return new CliDockerEngine(runner,
                new EngineSetup(client, builder, compose, composeBinary.orElse(null), dockerHost), timeouts);
    }

    /** The best builder a client can use. A client that cannot run at all is treated as unusable (legacy). */
    Builder builderOf(Path client) {
        if (succeeds(List.of(client.toString(), "buildx", "version"), Map.of())) {
            return Builder.BUILDX;
        }
        // A 28.x client without buildx refuses here ("BuildKit is enabled but the buildx component is missing");
        // a client with BuildKit built in prints the help and exits 0.
        if (succeeds(List.of(client.toString(), "build", "--help"), Map.of("DOCKER_BUILDKIT", "1"))) {
            return Builder.BUILDKIT;
        }
        return Builder.LEGACY;
    }

    private boolean succeeds(List<String> argv, Map<String, String> extraEnv) {
        try {
            ProcessResult result = runner.run(new ProcessSpec(argv, extraEnv, timeouts.probe(), null));
            return !result.timedOut() && result.exitCode() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }
}
