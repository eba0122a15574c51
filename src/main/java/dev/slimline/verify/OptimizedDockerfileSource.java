package dev.slimline.verify;

import dev.slimline.project.DockerfileService;
import java.util.Optional;

/**
 * Where verify gets a service's optimized Dockerfile when none is given explicitly: the optimizer
 * ({@code dev.slimline.optimize}) implements this, so verify depends on its output, not its internals.
 */
@FunctionalInterface
public interface OptimizedDockerfileSource {

    /** The optimized Dockerfile of a service, or empty when there is nothing to optimize or no recipe applies. */
    Optional<OptimizedDockerfile> optimize(DockerfileService service);

    /** An optimizer with nothing to offer: every optimized Dockerfile must then be given with --optimized. */
    static OptimizedDockerfileSource none() {
        return service -> Optional.empty();
    }
}
