package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code RUN cd dir && ...}: the directory change is lost after the RUN; WORKDIR states it once for all. */
@RuleInfo(id = "SL3011", summary = "Use WORKDIR instead of cd in RUN", severity = Severity.LOW,
        category = Category.MAINTAINABILITY, hadolint = "DL3003", trivy = "DS013")
public final class CdInsteadOfWorkdir implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.all(context)) {
            if (run.shell().runs("cd")) {
                findings.add(finding(dockerfile, run.run(), "cd in RUN; use WORKDIR to change directory"));
            }
        }
        return findings;
    }
}
