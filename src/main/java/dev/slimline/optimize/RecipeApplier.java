package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.rule.Fix;
import dev.slimline.rule.TextEdit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies recipes in rounds: each round parses the current text, collects every proposal, applies the ones that do
 * not overlap an earlier one, and repeats until nothing is proposed. Overlapping proposals (two fixes rewriting
 * the same RUN) are not lost: the next round proposes them again against the new text.
 */
final class RecipeApplier {

    /** Far more rounds than any Dockerfile needs; a recipe that keeps proposing is a bug, not a reason to loop. */
    private static final int MAX_ROUNDS = 25;

    private final List<Recipe> recipes;

    RecipeApplier(List<Recipe> recipes) {
        this.recipes = List.copyOf(recipes);
    }

    /** The text after the recipes, its parse (the last round's) and the changes made. */
    record Outcome(String text, List<Change> changes, Dockerfile parsed) {
    }

    Outcome apply(String text, Path name, RecipeContext context) {
        return apply(DockerfileParser.parse(text, name), name, context);
    }

    /** As {@link #apply(String, Path, RecipeContext)} from text the caller has parsed already. */
    Outcome apply(Dockerfile start, Path name, RecipeContext context) {
        Set<Change> changes = new LinkedHashSet<>();
        String current = start.text();
        Dockerfile dockerfile = start;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (round > 0) {
                dockerfile = DockerfileParser.parse(current, name);
            }
            List<ProposedEdit> chosen = new ArrayList<>();
            for (Recipe recipe : recipes) {
                for (ProposedEdit proposal : recipe.propose(dockerfile, context)) {
                    if (chosen.stream().noneMatch(proposal::overlaps)) {
                        chosen.add(proposal);
                    }
                }
            }
            if (chosen.isEmpty()) {
                return new Outcome(current, List.copyOf(changes), dockerfile);
            }
            List<TextEdit> edits = new ArrayList<>();
            chosen.forEach(p -> {
                edits.addAll(p.edits());
                changes.add(p.change());
            });
            current = new Fix("recipes", edits).applyTo(current);
        }
        throw new IllegalStateException("recipes did not settle after " + MAX_ROUNDS + " rounds");
    }
}
