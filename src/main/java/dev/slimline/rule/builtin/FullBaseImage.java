package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Stage;
import dev.slimline.rule.BaseImageKnowledge.SlimmerImage;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The final image starts from a full variant of an image that has a slim sibling (python:3.11 is about
 * 1 GB, python:3.11-slim about 130 MB). Looks at the base of the shipped FROM chain, with ARGs resolved.
 */
@RuleInfo(id = "SL1010", summary = "Final image uses a full base image that has a slimmer variant",
        severity = Severity.MEDIUM, category = Category.SIZE)
public final class FullBaseImage implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        Stage root = context.shippedStages().get(0);
        String base = context.resolvedBaseImage(root);
        Optional<SlimmerImage> slimmer = context.knowledge().slimmerSibling(base);
        if (slimmer.isEmpty()) {
            return List.of();
        }
        String sizes = slimmer.get().fullBytes().isPresent() && slimmer.get().slimBytes().isPresent()
                ? " (" + megabytes(slimmer.get().fullBytes().getAsLong()) + " vs " + megabytes(slimmer.get().slimBytes().getAsLong()) + ")"
                : "";
        return List.of(finding(dockerfile, root.from().imageSpan(),
                "final image is based on " + base + "; " + slimmer.get().image() + " is smaller" + sizes, Optional.empty()));
    }

    private static String megabytes(long bytes) {
        return (bytes / 1_000_000) + " MB";
    }
}
