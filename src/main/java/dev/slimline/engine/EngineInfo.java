package dev.slimline.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the engine is and how slimline drives it.
 *
 * @param client the {@code docker} client program used
 * @param dockerHost the {@code DOCKER_HOST} passed through to the client, or empty when unset (the client's
 *     context decides)
 * @param serverVersion the engine's version, e.g. {@code 20.10.24+dfsg1}
 * @param storageDriver e.g. {@code overlay2}
 * @param builder the builder {@link DockerEngine#build} uses
 * @param compose the compose flavour {@link DockerEngine#composeUp} uses
 * @param osType the engine's {@code OSType} ({@code linux}), or empty when it did not say
 * @param architecture the engine's {@code Architecture} as its kernel names it ({@code x86_64}), or empty
 */
public record EngineInfo(
        Path client, String dockerHost, String serverVersion, String storageDriver, Builder builder,
        ComposeFlavour compose, String osType, String architecture) {

    public EngineInfo {
        Objects.requireNonNull(client, "client");
        dockerHost = dockerHost == null ? "" : dockerHost;
        Objects.requireNonNull(serverVersion, "serverVersion");
        storageDriver = storageDriver == null ? "" : storageDriver;
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(compose, "compose");
        osType = osType == null ? "" : osType;
        architecture = architecture == null ? "" : architecture;
    }
}
