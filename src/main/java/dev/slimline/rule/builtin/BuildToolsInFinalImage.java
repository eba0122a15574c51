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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compilers, make and -dev headers installed in a stage that ships (build-essential alone is about 200 MB on
 * Debian). Packages removed again in the same RUN ({@code apk del .build-deps}, {@code apt-get purge}) do not
 * count: their layer never held them at the end.
 */
@RuleInfo(id = "SL1008", summary = "Build tools (gcc, make, -dev packages) are installed in the final image",
        severity = Severity.HIGH, category = Category.SIZE)
public final class BuildToolsInFinalImage implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.shipped(context)) {
            Set<String> tools = new LinkedHashSet<>();
            Set<String> removed = new LinkedHashSet<>();
            for (AptCommand apt : run.shell().tools(AptCommand.class)) {
                if (apt.isInstall()) {
                    apt.packages().stream().filter(BuildToolPackages::isBuildTool).forEach(tools::add);
                } else if (apt.action().equals("purge") || apt.action().equals("remove")) {
                    removed.addAll(apt.packages());
                }
            }
            for (ApkCommand apk : run.shell().tools(ApkCommand.class)) {
                if (apk.isAdd() && !apk.virtualName().map(v -> deletes(run, v)).orElse(false)) {
                    apk.packages().stream().filter(BuildToolPackages::isBuildTool).forEach(tools::add);
                } else if (apk.isDel()) {
                    removed.addAll(apk.packages());
                }
            }
            for (YumCommand yum : run.shell().tools(YumCommand.class)) {
                if (yum.isInstall()) {
                    yum.operands().stream().filter(BuildToolPackages::isBuildTool).forEach(tools::add);
                } else if (yum.action().equals("remove") || yum.action().equals("erase")) {
                    removed.addAll(yum.operands());
                }
            }
            tools.removeAll(removed);
            if (!tools.isEmpty()) {
                findings.add(finding(dockerfile, run.run().span(), "build tools in the final image: "
                        + String.join(", ", tools) + "; build in a separate stage and copy only the result"));
            }
        }
        return findings;
    }

    private static boolean deletes(RunInStage run, String virtualName) {
        return run.shell().tools(ApkCommand.class).stream().anyMatch(a -> a.isDel() && a.packages().contains(virtualName));
    }
}
