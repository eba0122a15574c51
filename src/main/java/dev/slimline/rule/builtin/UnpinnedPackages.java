package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Shared by the version-pinning rules: one finding per RUN listing the unpinned packages of one tool. */
final class UnpinnedPackages {

    private UnpinnedPackages() {
    }

    static List<Finding> check(Rule rule, Dockerfile dockerfile, RuleContext context,
                               Function<ShellAnalysis, List<String>> unpinned, String tool, String how) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.all(context)) {
            List<String> packages = unpinned.apply(run.shell());
            if (!packages.isEmpty()) {
                findings.add(rule.finding(dockerfile, run.run(), tool + " packages without a pinned version: "
                        + String.join(", ", packages) + "; pin them (" + how + ")"));
            }
        }
        return findings;
    }
}
