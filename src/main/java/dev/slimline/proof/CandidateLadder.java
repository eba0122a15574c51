package dev.slimline.proof;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.ImageFamily;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.optimize.OptimizationResult;
import dev.slimline.optimize.OptimizeOptions;
import dev.slimline.optimize.Optimizer;
import dev.slimline.project.DockerfileService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The candidates of one Dockerfile in the order the proof tries them: what the optimizer writes with the user's
 * options, then the same rewrite on the next base family (alpine and distroless fall back to slim, whose libc,
 * shell and package manager are the original's), then the safe recipes alone on the original's own base. Each
 * comes from {@link Optimizer} with other options; a candidate identical to an earlier one, or one that changes
 * nothing, is left out.
 */
public final class CandidateLadder {

    /** The label of the last candidate: no template, the original's base kept. */
    public static final String RECIPES_ONLY = "safe recipes only";

    private final Optimizer optimizer;
    private final KnowledgeCatalog catalog;

    public CandidateLadder(Optimizer optimizer, KnowledgeCatalog catalog) {
        this.optimizer = optimizer;
        this.catalog = catalog;
    }

    /** The candidates for the service's build as its definition describes it (context, target, ignore file). */
    public List<Candidate> candidates(DockerfileService service, OptimizeOptions options) {
        List<Candidate> candidates = new ArrayList<>();
        OptimizeOptions current = options;
        OptimizationResult result = optimizer.optimize(service, current);
        Set<ImageFamily> tried = EnumSet.noneOf(ImageFamily.class);
        while (true) {
            Optional<ImageFamily> family = result.template().isPresent() ? runtimeFamily(result) : Optional.empty();
            add(candidates, result, family.map(ImageFamily::id).orElse(result.template().isPresent() ? "rewrite"
                    : RECIPES_ONLY), current);
            Optional<BaseImageChoice.Family> next = family.filter(tried::add).flatMap(CandidateLadder::nextFamily);
            if (next.isEmpty()) {
                break;
            }
            current = options.withFamily(next.get());
            result = optimizer.optimize(service, current);
        }
        if (!options.recipesOnly()) {
            add(candidates, optimizer.optimize(service, options.withRecipesOnly()), RECIPES_ONLY,
                    options.withRecipesOnly());
        }
        return List.copyOf(candidates);
    }

    /** {@code candidate} made again with other options (a HEALTHCHECK the proof chose); {@code why} joins its label. */
    public Candidate retry(DockerfileService service, Candidate candidate, OptimizeOptions options, String why) {
        OptimizationResult result = optimizer.optimize(service, options);
        return new Candidate(candidate.label() + ", " + why, finalBase(result), result, options);
    }

    /** The family tried after {@code family} fails: the one with glibc, a shell and a package manager. */
    static Optional<BaseImageChoice.Family> nextFamily(ImageFamily family) {
        return switch (family) {
            case ALPINE, DISTROLESS, SCRATCH -> Optional.of(BaseImageChoice.Family.SLIM);
            case SLIM, FULL -> Optional.empty();
        };
    }

    private Optional<ImageFamily> runtimeFamily(OptimizationResult result) {
        return catalog.lookup(finalBase(result)).map(match -> match.image().family());
    }

    private static String finalBase(OptimizationResult result) {
        Dockerfile parsed = DockerfileParser.parse(result.optimized(), result.dockerfile());
        return parsed.resolvedBaseImage(parsed.finalStage());
    }

    private static void add(List<Candidate> candidates, OptimizationResult result, String label, OptimizeOptions options) {
        boolean seen = candidates.stream().map(Candidate::result).anyMatch(earlier -> sameOutput(earlier, result));
        if (result.changed() && !seen) {
            candidates.add(new Candidate(label, finalBase(result), result, options));
        }
    }

    private static boolean sameOutput(OptimizationResult a, OptimizationResult b) {
        return a.optimized().equals(b.optimized()) && a.dockerignore().equals(b.dockerignore())
                && a.fileEdits().equals(b.fileEdits());
    }
}
