package dev.slimline.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One image build. Build args and labels are kept sorted so the command line is the same on every run.
 *
 * @param contextDir the build context
 * @param dockerfile the Dockerfile, or null for {@code contextDir/Dockerfile}
 * @param tag the tag the image gets (required: slimline always names what it builds, to inspect and clean it up)
 * @param buildArgs {@code --build-arg} values
 * @param target the stage to build, or null for the last one
 * @param network the build network ({@code host} to reach a wheelhouse on 127.0.0.1), or null for the default
 * @param labels labels added to the image
 * @param noCache build without the layer cache
 * @param timeout how long the build may take, or null for {@link EngineTimeouts#build()}
 * @param secrets {@code --secret} values ({@code id=npm,src=/path}, {@code id=gh,env=GH_TOKEN}): where BuildKit
 *     reads each secret, never the secret itself
 * @param ssh {@code --ssh} values ({@code default}, {@code id=path})
 * @param platform the {@code --platform} to build for, or null for the engine's own
 */
public record BuildRequest(
        Path contextDir, Path dockerfile, String tag, Map<String, String> buildArgs, String target, String network,
        Map<String, String> labels, boolean noCache, Duration timeout, List<String> secrets, List<String> ssh,
        String platform) {

    public BuildRequest {
        Objects.requireNonNull(contextDir, "contextDir");
        Objects.requireNonNull(tag, "tag");
        buildArgs = sortedCopy(buildArgs);
        labels = sortedCopy(labels);
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
        ssh = ssh == null ? List.of() : List.copyOf(ssh);
    }

    /** A build of {@code contextDir/Dockerfile} tagged {@code tag}, with all defaults. */
    public static BuildRequest of(Path contextDir, String tag) {
        return new BuildRequest(contextDir, null, tag, Map.of(), null, null, Map.of(), false, null, List.of(),
                List.of(), null);
    }

    public BuildRequest withDockerfile(Path file) {
        return new BuildRequest(contextDir, file, tag, buildArgs, target, network, labels, noCache, timeout, secrets,
                ssh, platform);
    }

    public BuildRequest withBuildArgs(Map<String, String> args) {
        return new BuildRequest(contextDir, dockerfile, tag, args, target, network, labels, noCache, timeout, secrets,
                ssh, platform);
    }

    public BuildRequest withTarget(String stage) {
        return new BuildRequest(contextDir, dockerfile, tag, buildArgs, stage, network, labels, noCache, timeout,
                secrets, ssh, platform);
    }

    public BuildRequest withNetwork(String name) {
        return new BuildRequest(contextDir, dockerfile, tag, buildArgs, target, name, labels, noCache, timeout,
                secrets, ssh, platform);
    }

    public BuildRequest withLabels(Map<String, String> imageLabels) {
        return new BuildRequest(contextDir, dockerfile, tag, buildArgs, target, network, imageLabels, noCache, timeout,
                secrets, ssh, platform);
    }

    public BuildRequest withNoCache(boolean off) {
        return new BuildRequest(contextDir, dockerfile, tag, buildArgs, target, network, labels, off, timeout, secrets,
                ssh, platform);
    }

    public BuildRequest withTimeout(Duration limit) {
        return new BuildRequest(contextDir, dockerfile, tag, buildArgs, target, network, labels, noCache, limit,
                secrets, ssh, platform);
    }

    /** The secrets, SSH forwards and platform of the build definition. */
    public BuildRequest withBuildInputs(List<String> secretSources, List<String> sshForwards, String forPlatform) {
        return new BuildRequest(contextDir, dockerfile, tag, buildArgs, target, network, labels, noCache, timeout,
                secretSources, sshForwards, forPlatform);
    }

    static Map<String, String> sortedCopy(Map<String, String> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
