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

/** More than one ENTRYPOINT in a stage: all but the last are dead code that misleads readers. */
@RuleInfo(id = "SL3007", summary = "Only one ENTRYPOINT per stage takes effect", severity = Severity.LOW,
        category = Category.MAINTAINABILITY, hadolint = "DL4004", trivy = "DS007", buildkit = "MultipleInstructionsDisallowed")
public final class MultipleEntrypoint implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return RepeatedInstruction.check(this, dockerfile, Instruction.Entrypoint.class);
    }
}
