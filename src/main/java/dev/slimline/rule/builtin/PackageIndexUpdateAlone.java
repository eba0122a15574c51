package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.ApkCommand;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code RUN apt-get update} (or {@code apk update}) without an install in the same RUN: the cached update layer
 * goes stale, and a later install fetches packages that no longer exist. It also adds a layer of lists.
 */
@RuleInfo(id = "SL3020", summary = "Update the package index in the same RUN as the install",
        severity = Severity.MEDIUM, category = Category.RELIABILITY, trivy = "DS017")
public final class PackageIndexUpdateAlone implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.all(context)) {
            List<AptCommand> apt = run.shell().tools(AptCommand.class);
            List<ApkCommand> apk = run.shell().tools(ApkCommand.class);
            boolean aptAlone = apt.stream().anyMatch(AptCommand::isUpdate) && apt.stream().noneMatch(a -> a.isInstall() || a.isUpgrade());
            boolean apkAlone = apk.stream().anyMatch(a -> a.action().equals("update")) && apk.stream().noneMatch(a -> a.isAdd() || a.isUpgrade());
            if (aptAlone || apkAlone) {
                findings.add(finding(dockerfile, run.run(), (aptAlone ? "apt-get" : "apk")
                        + " update without an install in the same RUN; the cached index goes stale, combine them with &&"));
            }
        }
        return findings;
    }
}
