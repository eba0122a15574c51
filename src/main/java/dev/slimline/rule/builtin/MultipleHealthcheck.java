package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;

/** More than one HEALTHCHECK in a stage: all but the last are dead code that misleads readers. */
@RuleInfo(id = "SL3008", summary = "Only one HEALTHCHECK per stage takes effect", severity = Severity.LOW,
        category = Category.MAINTAINABILITY, hadolint = "DL3012", trivy = "DS023", buildkit = "MultipleInstructionsDisallowed")
public final class MultipleHealthcheck implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return RepeatedInstruction.check(this, dockerfile, Instruction.Healthcheck.class);
    }
}
