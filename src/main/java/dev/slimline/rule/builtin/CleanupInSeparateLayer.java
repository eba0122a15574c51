package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.ApkCommand;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.dockerfile.shell.RmCommand;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.dockerfile.shell.ToolCommand;
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
 * A RUN that only deletes caches or package lists. Layers are additive: the files still sit in the layer that
 * created them, so this saves nothing and adds a layer. The cleanup belongs in the RUN that made the files.
 */
@RuleInfo(id = "SL1014", summary = "Cleanup in its own RUN does not shrink the image",
        severity = Severity.MEDIUM, category = Category.SIZE)
public final class CleanupInSeparateLayer implements Rule {

    private static final List<String> CACHE_DIRS = List.of("/var/lib/apt/lists", "/var/cache", "/root/.cache",
            "/root/.npm", "/usr/local/share/.cache", "/tmp");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        List<RunInStage> runs = RunInStage.shipped(context);
        for (int i = 1; i < runs.size(); i++) {
            RunInStage run = runs.get(i);
            List<ShellCommand> commands = run.shell().commands();
            if (!commands.isEmpty() && commands.stream().allMatch(c -> isCleanup(run, c))) {
                findings.add(finding(dockerfile, run.run(),
                        "this RUN only deletes files that an earlier layer keeps; clean up in the RUN that created them"));
            }
        }
        return findings;
    }

    private static boolean isCleanup(RunInStage run, ShellCommand command) {
        for (ToolCommand tool : run.shell().tools()) {
            if (tool.source() != command) {
                continue;
            }
            return switch (tool) {
                case RmCommand rm -> !rm.paths().isEmpty()
                        && rm.paths().stream().allMatch(p -> CACHE_DIRS.stream().anyMatch(dir -> p.startsWith(dir) || p.startsWith("~/.")));
                case AptCommand apt -> apt.isClean() || apt.action().equals("autoremove");
                case YumCommand yum -> yum.action().equals("clean");
                case ApkCommand apk -> apk.action().equals("cache");
                case NodePackageCommand node -> node.cleansCache();
                default -> false;
            };
        }
        return false;
    }
}
