package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code apt} is for people at a terminal; its interface is not stable in scripts. Use apt-get. */
@RuleInfo(id = "SL3019", summary = "Use apt-get, not apt, in scripts", severity = Severity.LOW,
        category = Category.RELIABILITY, hadolint = "DL3027")
public final class AptInScript implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.all(context)) {
            if (run.shell().tools(AptCommand.class).stream().anyMatch(a -> a.tool().equals("apt"))) {
                findings.add(finding(dockerfile, run.run(), "apt has no stable command-line interface for scripts; use apt-get"));
            }
        }
        return findings;
    }
}
