package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.DownloadCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code curl ... | sh}: runs whatever the server sends today, unverified, during the build. */
@RuleInfo(id = "SL2005", summary = "Downloaded script piped into a shell", severity = Severity.HIGH,
        category = Category.SECURITY)
public final class RemoteScriptPipedToShell implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.all(context)) {
            for (DownloadCommand download : run.shell().downloadsPipedIntoShell()) {
                findings.add(finding(dockerfile, run.run(), download.tool()
                        + " output is piped into a shell; download to a file, verify its checksum, then run it"));
                break;
            }
        }
        return findings;
    }
}
