package dev.slimline.optimize;

import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.project.ProjectFacts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What recipes may consult besides the text: the build context (may be absent), its facts, options, catalog. */
record RecipeContext(Optional<Path> buildContext, ProjectFacts facts, OptimizeOptions options, KnowledgeCatalog catalog) {

    boolean contextHas(String relativePath) {
        return buildContext.map(dir -> Files.exists(dir.resolve(relativePath))).orElse(false);
    }
}
