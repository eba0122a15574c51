package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;

/** sudo in a build: unpredictable TTY and signal behaviour, and it implies sudo is installed in the image. */
@RuleInfo(id = "SL2006", summary = "Do not use sudo in RUN", severity = Severity.MEDIUM, category = Category.SECURITY,
        hadolint = "DL3004", trivy = "DS010")
public final class SudoInRun implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.all(context)) {
            if (run.shell().commands().stream().anyMatch(ShellCommand::usesSudo)) {
                findings.add(finding(dockerfile, run.run(), "sudo in RUN; switch with USER instead (RUN already runs as root by default)"));
            }
        }
        return findings;
    }
}
