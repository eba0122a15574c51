package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;

/** apt package lists left in a layer of the final image (20-50 MB on Debian and Ubuntu). */
@RuleInfo(id = "SL1001", summary = "Remove /var/lib/apt/lists in the same RUN as apt-get update/install",
        severity = Severity.MEDIUM, category = Category.SIZE, hadolint = "DL3009")
public final class AptListsNotRemoved implements Rule {

    private static final CacheLeftInLayer CHECK = new CacheLeftInLayer(
            run -> run.shell().tools(AptCommand.class).stream().anyMatch(a -> a.isUpdate() || a.isInstall()),
            run -> false, List.of("/var/lib/apt/lists"),
            run -> "apt package lists stay in this layer of the final image; end the RUN with rm -rf /var/lib/apt/lists/*",
            run -> Fixes.appendToRun(run.run(), "rm -rf /var/lib/apt/lists/*", "remove the apt lists in the same layer"));

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return CHECK.check(this, dockerfile, context);
    }
}
