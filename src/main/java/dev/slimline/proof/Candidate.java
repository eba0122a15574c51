package dev.slimline.proof;

import dev.slimline.optimize.OptimizationResult;
import dev.slimline.optimize.OptimizeOptions;

/**
 * One Dockerfile the optimizer proposes for a service, in the order the proof tries them.
 *
 * @param label what sets it apart from the others: the runtime base family ({@code alpine}, {@code slim}, ...)
 *     or {@code safe recipes only}
 * @param base the final stage's base image as written
 * @param result the optimizer's output: Dockerfile, .dockerignore, context edits, estimates
 * @param options the options the optimizer made it with (the proof derives a retry from them)
 */
public record Candidate(String label, String base, OptimizationResult result, OptimizeOptions options) {

    /** {@code slim (node:18-slim)}. */
    public String describe() {
        return base.isEmpty() ? label : label + " (" + base + ")";
    }
}
