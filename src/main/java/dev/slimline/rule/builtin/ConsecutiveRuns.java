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
 * Three or more RUNs in a row, with the same flags: each is a layer, and files deleted in a later one still
 * weigh in an earlier one. Reported once per run of RUNs, at its first.
 */
@RuleInfo(id = "SL1012", summary = "Merge consecutive RUN instructions", severity = Severity.INFO,
        category = Category.SIZE, hadolint = "DL3059")
public final class ConsecutiveRuns implements Rule {

    static final int THRESHOLD = 3;

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            List<Instruction.Run> streak = new ArrayList<>();
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Run run
                        && (streak.isEmpty() || streak.get(0).flags().stream().map(f -> f.name() + "=" + f.valueOrEmpty()).toList()
                        .equals(run.flags().stream().map(f -> f.name() + "=" + f.valueOrEmpty()).toList()))) {
                    streak.add(run);
                } else {
                    report(dockerfile, streak, findings);
                    streak.clear();
                    if (instruction instanceof Instruction.Run run) {
                        streak.add(run);
                    }
                }
            }
            report(dockerfile, streak, findings);
        }
        return findings;
    }

    private void report(Dockerfile dockerfile, List<Instruction.Run> streak, List<Finding> findings) {
        if (streak.size() >= THRESHOLD) {
            findings.add(finding(dockerfile, streak.get(0), streak.size()
                    + " consecutive RUN instructions make " + streak.size() + " layers; join them with && into one"));
        }
    }
}
