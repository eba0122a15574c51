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
import java.util.ArrayList;
import java.util.List;

/**
 * COPY to a relative destination before any WORKDIR in the stage (or the stages it is FROM): the files land
 * wherever the base image's working directory is, often {@code /}.
 */
@RuleInfo(id = "SL3004", summary = "Set WORKDIR before COPY to a relative path", severity = Severity.LOW,
        category = Category.MAINTAINABILITY, hadolint = "DL3045")
public final class CopyToRelativeWithoutWorkdir implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        // Whether each stage ends with a WORKDIR set, its own or inherited: one forward pass, as parents come first.
        boolean[] endsWithWorkdir = new boolean[dockerfile.stages().size()];
        for (Stage stage : dockerfile.stages()) {
            boolean workdirSet = context.parentStage(stage).map(parent -> endsWithWorkdir[parent.index()]).orElse(false);
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Workdir) {
                    workdirSet = true;
                } else if (instruction instanceof Instruction.Copy copy && !workdirSet && !RelativeWorkdir.isAbsolute(copy.destination())) {
                    findings.add(finding(dockerfile, copy, "COPY to relative " + copy.destination()
                            + " with no WORKDIR set; set WORKDIR first or use an absolute destination"));
                }
            }
            endsWithWorkdir[stage.index()] = workdirSet;
        }
        return findings;
    }
}
