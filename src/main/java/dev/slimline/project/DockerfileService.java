package dev.slimline.project;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One service of a project: the Dockerfile it builds from, its context, and how it is built and run.
 *
 * @param name         the service name: its Dockerfile's directory relative to the root ({@code services/api}), with
 *                     the Dockerfile's own suffix when one directory holds several ({@code services/api (prod)}), or
 *                     with its compose/bake name when several services build the same Dockerfile
 * @param dockerfile   the Dockerfile, as found under the root
 * @param context      the build context: the Dockerfile's directory unless a build definition says otherwise
 * @param dockerignore the ignore file that applies: {@code <Dockerfile-name>.dockerignore} beside the Dockerfile
 *                     wins over the context's {@code .dockerignore}, as BuildKit does
 * @param build        build args, target, secrets, platforms and the rest
 * @param runtime      how compose runs it, when a compose file defines it
 * @param origin       the compose or bake entry it comes from; empty for a Dockerfile no definition names
 */
public record DockerfileService(String name, Path dockerfile, Path context, Optional<Path> dockerignore,
        BuildSettings build, Optional<RuntimeSettings> runtime, Optional<ServiceOrigin> origin) {

    public DockerfileService {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(origin, "origin");
    }

    /** A Dockerfile built plainly in its context, named by no build definition. */
    public DockerfileService(String name, Path dockerfile, Path context, Optional<Path> dockerignore) {
        this(name, dockerfile, context, dockerignore, BuildSettings.none(), Optional.empty(), Optional.empty());
    }

    public boolean hasDockerignore() {
        return dockerignore.isPresent();
    }

    public DockerfileService withBuild(BuildSettings settings) {
        return new DockerfileService(name, dockerfile, context, dockerignore, settings, runtime, origin);
    }

    public DockerfileService withContext(Path dir, Optional<Path> ignore) {
        return new DockerfileService(name, dockerfile, dir, ignore, build, runtime, origin);
    }

    /** The last segment of the name: {@code api} for {@code services/api}. */
    public String shortName() {
        return name.contains("/") ? name.substring(name.lastIndexOf('/') + 1) : name;
    }
}
