package dev.slimline.project;

import dev.slimline.engine.BuildRequest;
import java.nio.file.Path;

/**
 * The one place a service's build definition becomes an engine build: {@code -f}, context, args, target,
 * secrets, SSH forwards, platform and network exactly as compose or bake would pass them, so that audit, verify
 * and gate build the image the team builds.
 */
public final class ServiceBuildRequest {

    private ServiceBuildRequest() {
    }

    /**
     * @param fallbackNetwork the build network to use when the definition names none (the command's option), or
     *     null
     */
    public static BuildRequest of(Path context, Path dockerfile, BuildSettings build, String tag,
            String fallbackNetwork) {
        return BuildRequest.of(context, tag)
                .withDockerfile(dockerfile)
                .withBuildArgs(build.args())
                .withTarget(build.target())
                .withNetwork(build.network() != null ? build.network() : fallbackNetwork)
                .withBuildInputs(build.secrets().stream().map(BuildSecret::argument).toList(), build.ssh(),
                        build.platform());
    }

    public static BuildRequest of(DockerfileService service, String tag, String fallbackNetwork) {
        return of(service.context(), service.dockerfile(), service.build(), tag, fallbackNetwork);
    }
}
