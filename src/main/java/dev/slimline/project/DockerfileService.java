package dev.slimline.project;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One Dockerfile found in a project and the service it builds.
 *
 * @param name         the service name: its directory relative to the root ({@code services/api}), with the
 *                     Dockerfile's own suffix when one directory holds several ({@code services/api (prod)})
 * @param dockerfile   the Dockerfile, as found under the root
 * @param context      the build context, taken to be the Dockerfile's directory
 * @param dockerignore the ignore file that applies: {@code <Dockerfile-name>.dockerignore} beside the Dockerfile
 *                     wins over the context's {@code .dockerignore}, as BuildKit does
 */
public record DockerfileService(String name, Path dockerfile, Path context, Optional<Path> dockerignore) {

    public boolean hasDockerignore() {
        return dockerignore.isPresent();
    }
}
