package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.PipCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;

/** pip install of packages without versions: two builds of the same Dockerfile install different software. */
@RuleInfo(id = "SL3013", summary = "Pin package versions in pip install", severity = Severity.LOW,
        category = Category.RELIABILITY, hadolint = "DL3013")
public final class PipVersionsNotPinned implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return UnpinnedPackages.check(this, dockerfile, context, shell -> shell.tools(PipCommand.class).stream()
                .filter(PipCommand::isInstall).flatMap(c -> c.packages().stream()).filter(p -> !PackageVersionPins.pipPinned(p))
                .toList(), "pip", "name==version");
    }
}
