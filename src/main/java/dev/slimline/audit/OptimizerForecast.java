package dev.slimline.audit;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.project.DockerfileService;
import java.util.Optional;

/**
 * What {@code slimline optimize} decides for a Dockerfile, so that audit promises no more than it delivers: when
 * the optimizer would not rewrite the file (already multi-stage, a slim base with nothing compiled, an unknown
 * stack, a template that refuses), audit's "after" is the safe recipes' saving, not a rewrite's. The optimizer
 * implements it ({@code dev.slimline.optimize.OptimizerDecision}); audit does not depend on the optimizer's code.
 */
@FunctionalInterface
public interface OptimizerForecast {

    /** The optimizer keeps the original's structure and base: what its safe recipes save, and why no rewrite. */
    record RecipesOnly(long savedBytes, String reason) {
    }

    /**
     * Empty when the optimizer rewrites the Dockerfile (audit's estimate of the rewrite holds); {@code parsed} is the
     * service's Dockerfile as audit parsed it, so that the optimizer does not read and parse it again.
     */
    Optional<RecipesOnly> recipesOnly(DockerfileService service, Dockerfile parsed);

    /** A forecast that always expects a rewrite: audit's own estimate alone. */
    static OptimizerForecast rewriteAlways() {
        return (service, parsed) -> Optional.empty();
    }
}
