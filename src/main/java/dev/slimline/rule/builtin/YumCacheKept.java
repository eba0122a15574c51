package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.YumCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;
import java.util.Optional;

/** yum/dnf metadata and package caches under /var/cache (commonly 50-150 MB). */
@RuleInfo(id = "SL1007", summary = "Run yum/dnf/microdnf clean all in the same RUN as install",
        severity = Severity.MEDIUM, category = Category.SIZE, hadolint = {"DL3032", "DL3040"}, trivy = {"DS015", "DS019"})
public final class YumCacheKept implements Rule {

    private static final CacheLeftInLayer CHECK = new CacheLeftInLayer(
            run -> install(run).isPresent(),
            run -> run.shell().tools(YumCommand.class).stream().anyMatch(YumCommand::isCleanAll),
            List.of("/var/cache/yum", "/var/cache/dnf"),
            run -> tool(run) + " install leaves its metadata and package cache in this layer; add && " + tool(run) + " clean all",
            run -> Fixes.appendToRun(run.run(), tool(run) + " clean all", "clean the " + tool(run) + " cache in the same layer"));

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return CHECK.check(this, dockerfile, context);
    }

    private static String tool(RunInStage run) {
        return install(run).map(YumCommand::tool).orElse("yum");
    }

    private static Optional<YumCommand> install(RunInStage run) {
        return run.shell().tools(YumCommand.class).stream().filter(YumCommand::isInstall).findFirst();
    }
}
