package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.ApkCommand;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.dockerfile.shell.YumCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A blanket upgrade of the base image's packages: the result depends on the day of the build and duplicates
 * every upgraded file in a new layer. Use a newer base image tag instead.
 */
@RuleInfo(id = "SL3021", summary = "Do not upgrade all packages in the build", severity = Severity.LOW,
        category = Category.RELIABILITY, hadolint = "DL3005", trivy = "DS024")
public final class PackageUpgradeInBuild implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.all(context)) {
            boolean upgrades = run.shell().tools(AptCommand.class).stream().anyMatch(AptCommand::isUpgrade)
                    || run.shell().tools(ApkCommand.class).stream().anyMatch(a -> a.isUpgrade() && a.packages().isEmpty())
                    || run.shell().tools(YumCommand.class).stream().anyMatch(y -> y.isUpgrade() && y.operands().isEmpty());
            if (upgrades) {
                findings.add(finding(dockerfile, run.run(),
                        "upgrading every package makes the build depend on the day it runs; use a newer base image"));
            }
        }
        return findings;
    }
}
