package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;

/**
 * No HEALTHCHECK in the final image (its target stage or the stages it is FROM): Docker and Compose cannot tell a
 * hung process from a healthy one. {@code HEALTHCHECK NONE} counts as a deliberate choice.
 */
@RuleInfo(id = "SL3001", summary = "Final image has no HEALTHCHECK", severity = Severity.LOW,
        category = Category.RELIABILITY, hadolint = "DL3057", trivy = "DS026")
public final class MissingHealthcheck implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        for (Stage stage : context.shippedStages()) {
            if (!stage.instructionsOf(Instruction.Healthcheck.class).isEmpty()) {
                return List.of();
            }
        }
        return List.of(finding(dockerfile, context.targetStage().from(),
                "the final image has no HEALTHCHECK; add one that probes the service"));
    }
}
