package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.GemCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;

/** gem install of packages without versions: two builds of the same Dockerfile install different software. */
@RuleInfo(id = "SL3026", summary = "Pin package versions in gem install", severity = Severity.LOW,
        category = Category.RELIABILITY, hadolint = "DL3028")
public final class GemVersionsNotPinned implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return UnpinnedPackages.check(this, dockerfile, context, shell -> shell.tools(GemCommand.class).stream()
                .filter(c -> c.tool().equals("gem") && c.isInstall() && !GemVersionsNotPinned.hasVersionFlag(c)).flatMap(c -> c.packages().stream()).filter(p -> !p.contains(":") && !p.endsWith(".gem"))
                .toList(), "gem", "name:version or -v");
    }

    /** {@code gem install x -v 1.2}: the source command's argv carries the flag. */
    static boolean hasVersionFlag(GemCommand command) {
        List<String> argv = command.source().effectiveArgv();
        return argv.contains("-v") || argv.contains("--version") || argv.stream().anyMatch(a -> a.startsWith("--version="));
    }
}
