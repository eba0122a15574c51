package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.DownloadCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;

/** A stage that uses both curl and wget needs two download tools where one does the job. */
@RuleInfo(id = "SL3027", summary = "Use either curl or wget, not both", severity = Severity.INFO,
        category = Category.MAINTAINABILITY, hadolint = "DL4001", trivy = "DS014")
public final class CurlAndWgetBoth implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            List<RunInStage> runs = RunInStage.in(context, List.of(stage));
            boolean curl = runs.stream().anyMatch(r -> r.shell().tools(DownloadCommand.class).stream().anyMatch(d -> d.tool().equals("curl")));
            RunInStage firstWget = runs.stream()
                    .filter(r -> r.shell().tools(DownloadCommand.class).stream().anyMatch(d -> d.tool().equals("wget")))
                    .findFirst().orElse(null);
            if (curl && firstWget != null) {
                findings.add(finding(dockerfile, firstWget.run(), "this stage uses both curl and wget; pick one"));
            }
        }
        return findings;
    }
}
