package dev.slimline.verify;

import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.optimize.FileEdit;
import dev.slimline.optimize.OptimizationResult;
import dev.slimline.optimize.OptimizeOptions;
import dev.slimline.project.DockerfileService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link OptimizedDockerfileSource} {@code slimline verify DIR} uses by default: what {@code slimline optimize} would write for
 * the service (Dockerfile, .dockerignore, edits such as next.config.js), taken in memory so nothing of the
 * user's is written.
 */
public final class OptimizerOutput implements OptimizedDockerfileSource {

    private final dev.slimline.optimize.Optimizer optimizer;
    private final OptimizeOptions options;

    public OptimizerOutput(dev.slimline.optimize.Optimizer optimizer, OptimizeOptions options) {
        this.optimizer = optimizer;
        this.options = options;
    }

    /** With the bundled knowledge and the optimizer's default options but the base family. */
    public static OptimizerOutput withFamily(BaseImageChoice.Family family) {
        return new OptimizerOutput(new dev.slimline.optimize.Optimizer(KnowledgeCatalog.bundled()),
                OptimizeOptions.defaults().withFamily(family));
    }

    @Override
    public Optional<OptimizedDockerfile> optimize(DockerfileService service) {
        return Optional.of(of(optimizer.optimize(service, options)));
    }

    /** An optimizer result as verify takes it: Dockerfile, .dockerignore and context edits. */
    public static OptimizedDockerfile of(OptimizationResult result) {
        Map<String, String> edits = new LinkedHashMap<>();
        for (FileEdit edit : result.fileEdits()) {
            edits.put(edit.relativePath(), edit.after());
        }
        return new OptimizedDockerfile(result.optimized(), result.dockerignore(), edits);
    }
}
