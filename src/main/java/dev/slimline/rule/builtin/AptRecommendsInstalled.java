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
import java.util.regex.Pattern;

/** apt-get install without --no-install-recommends pulls in recommended packages nobody asked for. */
@RuleInfo(id = "SL1002", summary = "Use --no-install-recommends with apt-get install",
        severity = Severity.LOW, category = Category.SIZE, hadolint = "DL3015", trivy = "DS029")
public final class AptRecommendsInstalled implements Rule {

    private static final Pattern INSTALL = Pattern.compile("\\bapt(-get)?(\\s+-[-\\w]+)*\\s+install\\b");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.shipped(context)) {
            for (AptCommand apt : run.shell().tools(AptCommand.class)) {
                if (apt.isInstall() && !apt.noInstallRecommends() && !apt.packages().isEmpty()) {
                    findings.add(finding(dockerfile, run.run().span(),
                            apt.tool() + " install without --no-install-recommends also installs recommended packages",
                            Fixes.insertAfter(run.run(), INSTALL, "--no-install-recommends", "add --no-install-recommends")));
                    break;
                }
            }
        }
        return findings;
    }
}
