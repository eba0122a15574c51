package dev.slimline.optimize;

import dev.slimline.SlimlineException;
import dev.slimline.audit.OptimizerForecast;
import dev.slimline.audit.SizeEstimate;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.project.DockerfileService;
import java.util.Optional;

/**
 * The optimizer's own decision for a Dockerfile, offered to audit: it runs {@link Optimizer} with the default
 * options (on the Dockerfile audit parsed, without the .dockerignore it would also write) and reports "recipes
 * only" exactly when the optimizer writes no multi-stage rewrite.
 */
public final class OptimizerDecision implements OptimizerForecast {

    private final Optimizer optimizer;

    public OptimizerDecision(Optimizer optimizer) {
        this.optimizer = optimizer;
    }

    @Override
    public Optional<RecipesOnly> recipesOnly(DockerfileService service, Dockerfile parsed) {
        OptimizationResult result;
        try {
            result = optimizer.withoutDockerignore(service, parsed, OptimizeOptions.defaults());
        } catch (SlimlineException e) {
            return Optional.empty(); // audit reports the parse error itself
        }
        if (result.template().isPresent()) {
            return Optional.empty();
        }
        long saved = result.before().map(SizeEstimate::totalBytes).orElse(0L)
                - result.after().map(SizeEstimate::totalBytes).orElse(0L);
        return Optional.of(new RecipesOnly(Math.max(0, saved), result.note().orElse("safe recipes only")));
    }
}
