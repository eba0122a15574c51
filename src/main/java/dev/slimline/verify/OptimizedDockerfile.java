package dev.slimline.verify;

import java.util.Optional;

/**
 * An optimizer's output for one service.
 *
 * @param text the optimized Dockerfile
 * @param dockerignore the .dockerignore it goes with, if any (written as {@code Dockerfile.dockerignore} beside
 *     the Dockerfile, which BuildKit prefers over the context's own)
 */
public record OptimizedDockerfile(String text, Optional<String> dockerignore) {
}
