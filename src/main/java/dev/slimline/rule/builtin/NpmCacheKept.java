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

/** npm keeps a copy of every downloaded tarball in /root/.npm, often as large as node_modules itself. */
@RuleInfo(id = "SL1005", summary = "Clean the npm cache in the same RUN as npm install/ci",
        severity = Severity.LOW, category = Category.SIZE)
public final class NpmCacheKept implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.shipped(context)) {
            List<NodePackageCommand> npm = run.shell().tools(NodePackageCommand.class).stream()
                    .filter(c -> c.tool().equals("npm")).toList();
            boolean installs = npm.stream().anyMatch(c -> c.installsProject() || c.installsPackages());
            boolean cleaned = run.hasCacheMount() || npm.stream().anyMatch(NodePackageCommand::cleansCache)
                    || run.shell().tools(RmCommand.class).stream().anyMatch(rm -> rm.removes("/root/.npm"));
            if (installs && !cleaned) {
                findings.add(finding(dockerfile, run.run().span(),
                        "the npm cache (/root/.npm) stays in this layer; add && npm cache clean --force",
                        Fixes.appendToRun(run.run(), "npm cache clean --force", "clean the npm cache in the same layer")));
            }
        }
        return findings;
    }
}
