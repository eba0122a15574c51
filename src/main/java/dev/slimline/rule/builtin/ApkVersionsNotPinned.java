package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.ApkCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;

/** apk add of packages without versions: two builds of the same Dockerfile install different software. */
@RuleInfo(id = "SL3015", summary = "Pin package versions in apk add", severity = Severity.LOW,
        category = Category.RELIABILITY, hadolint = "DL3018")
public final class ApkVersionsNotPinned implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return UnpinnedPackages.check(this, dockerfile, context, shell -> shell.tools(ApkCommand.class).stream()
                .filter(ApkCommand::isAdd).flatMap(c -> c.packages().stream()).filter(p -> !PackageVersionPins.apkPinned(p))
                .toList(), "apk", "name=version");
    }
}
