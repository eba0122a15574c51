package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.RmCommand;
import dev.slimline.dockerfile.shell.YumCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** yum/dnf metadata and package caches under /var/cache (commonly 50-150 MB). */
@RuleInfo(id = "SL1007", summary = "Run yum/dnf/microdnf clean all in the same RUN as install",
        severity = Severity.MEDIUM, category = Category.SIZE, hadolint = {"DL3032", "DL3040"}, trivy = {"DS015", "DS019"})
public final class YumCacheKept implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.shipped(context)) {
            List<YumCommand> yum = run.shell().tools(YumCommand.class);
            Optional<YumCommand> install = yum.stream().filter(YumCommand::isInstall).findFirst();
            boolean cleaned = run.hasCacheMount() || yum.stream().anyMatch(YumCommand::isCleanAll)
                    || run.shell().tools(RmCommand.class).stream().anyMatch(rm -> rm.removes("/var/cache/yum") || rm.removes("/var/cache/dnf"));
            if (install.isPresent() && !cleaned) {
                String tool = install.get().tool();
                findings.add(finding(dockerfile, run.run().span(),
                        tool + " install leaves its metadata and package cache in this layer; add && " + tool + " clean all",
                        Fixes.appendToRun(run.run(), tool + " clean all", "clean the " + tool + " cache in the same layer")));
            }
        }
        return findings;
    }
}
