package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.dockerfile.shell.RmCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.rule.Severity;
import java.util.ArrayList;
import java.util.List;

/** Yarn v1 keeps its offline cache in /usr/local/share/.cache/yarn. */
@RuleInfo(id = "SL1006", summary = "Clean the yarn cache in the same RUN as yarn install",
        severity = Severity.LOW, category = Category.SIZE, hadolint = "DL3060")
public final class YarnCacheKept implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.shipped(context)) {
            List<NodePackageCommand> yarn = run.shell().tools(NodePackageCommand.class).stream()
                    .filter(c -> c.tool().equals("yarn")).toList();
            boolean installs = yarn.stream().anyMatch(c -> c.installsProject() || c.installsPackages());
            boolean cleaned = run.hasCacheMount() || yarn.stream().anyMatch(NodePackageCommand::cleansCache)
                    || run.shell().tools(RmCommand.class).stream().anyMatch(rm -> rm.removes("/usr/local/share/.cache/yarn"));
            if (installs && !cleaned) {
                findings.add(finding(dockerfile, run.run().span(),
                        "the yarn cache stays in this layer; add && yarn cache clean",
                        Fixes.appendToRun(run.run(), "yarn cache clean", "clean the yarn cache in the same layer")));
            }
        }
        return findings;
    }
}
