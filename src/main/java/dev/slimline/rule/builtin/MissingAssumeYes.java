package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
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
import java.util.Optional;

/** apt-get/yum/dnf install without -y asks for confirmation, which a build cannot give: it aborts. */
@RuleInfo(id = "SL3022", summary = "Use -y with apt-get, yum and dnf install", severity = Severity.MEDIUM,
        category = Category.RELIABILITY, hadolint = {"DL3014", "DL3030", "DL3038"}, trivy = "DS021")
public final class MissingAssumeYes implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.all(context)) {
            Optional<String> tool = run.shell().tools(AptCommand.class).stream()
                    .filter(a -> a.isInstall() && !a.assumeYes() && !a.tool().equals("aptitude")).map(AptCommand::tool).findFirst()
                    .or(() -> run.shell().tools(YumCommand.class).stream()
                            .filter(y -> y.isInstall() && !y.assumeYes() && !y.tool().equals("microdnf")).map(YumCommand::tool).findFirst());
            tool.ifPresent(t -> findings.add(finding(dockerfile, run.run(), t + " install without -y waits for a confirmation the build cannot give")));
        }
        return findings;
    }
}
