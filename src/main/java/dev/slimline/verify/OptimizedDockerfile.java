package dev.slimline.verify;

import java.util.Map;
import java.util.Optional;

/**
 * An optimizer's output for one service.
 *
 * @param text the optimized Dockerfile
 * @param dockerignore the .dockerignore it goes with, if any (written as {@code Dockerfile.dockerignore} beside
 *     the Dockerfile, which BuildKit prefers over the context's own)
 * @param contextEdits new contents of files in the build context by relative path (e.g. {@code next.config.js}
 *     with standalone output); verify builds from a copy of the context with these applied, never touching the
 *     user's files
 */
public record OptimizedDockerfile(String text, Optional<String> dockerignore, Map<String, String> contextEdits) {

    public OptimizedDockerfile {
        contextEdits = Map.copyOf(contextEdits);
    }

    public OptimizedDockerfile(String text, Optional<String> dockerignore) {
        this(text, dockerignore, Map.of());
    }
}
