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

/** apt-get install of packages without versions: two builds of the same Dockerfile install different software. */
@RuleInfo(id = "SL3012", summary = "Pin package versions in apt-get install", severity = Severity.LOW,
        category = Category.RELIABILITY, hadolint = "DL3008")
public final class AptVersionsNotPinned implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return UnpinnedPackages.check(this, dockerfile, context, shell -> shell.tools(AptCommand.class).stream()
                .filter(AptCommand::isInstall).flatMap(c -> c.packages().stream()).filter(p -> !PackageVersionPins.aptPinned(p))
                .toList(), "apt", "name=version");
    }
}
