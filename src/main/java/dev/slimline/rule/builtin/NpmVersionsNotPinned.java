package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;

/** npm install of packages without versions: two builds of the same Dockerfile install different software. */
@RuleInfo(id = "SL3014", summary = "Pin package versions in npm install", severity = Severity.LOW,
        category = Category.RELIABILITY, hadolint = "DL3016")
public final class NpmVersionsNotPinned implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return UnpinnedPackages.check(this, dockerfile, context, shell -> shell.tools(NodePackageCommand.class).stream()
                .filter(c -> c.tool().equals("npm") && c.installsPackages()).flatMap(c -> c.operands().stream()).filter(p -> !PackageVersionPins.npmPinned(p))
                .toList(), "npm", "name@version");
    }
}
