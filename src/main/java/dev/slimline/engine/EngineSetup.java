package dev.slimline.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The programs and builder {@link CliDockerEngine} uses, as {@link EngineDetector} chose them.
 *
 * @param client the {@code docker} client
 * @param builder the builder builds use
 * @param compose which Compose is there
 * @param composeBinary the {@code docker-compose} program when {@code compose} is {@link ComposeFlavour#V1_BINARY}
 * @param dockerHost {@code DOCKER_HOST} as the client sees it, empty when unset (reported only; the client reads
 *     it from the environment itself)
 */
public record EngineSetup(Path client, Builder builder, ComposeFlavour compose, Path composeBinary,
        String dockerHost) {

    public EngineSetup {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(compose, "compose");
        if (compose == ComposeFlavour.V1_BINARY) {
            Objects.requireNonNull(composeBinary, "composeBinary");
        }
        dockerHost = dockerHost == null ? "" : dockerHost;
    }

    /** The words that start a compose command: {@code docker compose} or {@code docker-compose}. */
    List<String> composeCommand() {
        return switch (compose) {
            case V2_PLUGIN -> List.of(client.toString(), "compose");
            case V1_BINARY -> List.of(composeBinary.toString());
            case NONE -> throw new EngineUnavailableException("no Docker Compose found: `" + client
                    + " compose` is not installed and there is no docker-compose on PATH;"
                    + " install one (Debian: apt-get install docker-compose) or run `bash testbed/setup.sh`");
        };
    }
}
