package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.ImageReference;
import dev.slimline.dockerfile.Stage;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A FROM image without a tag or with {@code :latest}: the build changes whenever upstream pushes. The image is
 * judged after ARG expansion (build arguments, then global defaults), and FROM of an earlier stage is not an
 * image at all; an ARG that resolves to nothing is left alone rather than guessed at.
 */
@RuleInfo(id = "SL2003", summary = "Pin the base image to a version tag or digest, not latest",
        severity = Severity.MEDIUM, category = Category.SECURITY, hadolint = {"DL3006", "DL3007"}, trivy = "DS001")
public final class UnpinnedBaseImage implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            String image = context.resolvedBaseImage(stage);
            if (image.isBlank() || image.contains("$") || image.equalsIgnoreCase("scratch") || isStage(dockerfile, stage, image)) {
                continue;
            }
            ImageReference reference = ImageReference.parse(image);
            if (!reference.digest().isEmpty()) {
                continue;
            }
            String tag = reference.tag();
            if (tag.isEmpty()) {
                findings.add(finding(dockerfile, stage.from().imageSpan(), image + " has no tag, so it means latest; pin a version",
                        Optional.empty()));
            } else if (tag.equals("latest")) {
                findings.add(finding(dockerfile, stage.from().imageSpan(), image + " uses the latest tag; pin a version",
                        Optional.empty()));
            }
        }
        return findings;
    }

    private static boolean isStage(Dockerfile dockerfile, Stage stage, String image) {
        return dockerfile.stageNamedBefore(image, stage.index()).isPresent();
    }
}
