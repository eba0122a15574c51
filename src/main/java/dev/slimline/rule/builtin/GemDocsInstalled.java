package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.GemCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** gem install generates ri/rdoc documentation nobody reads in a container (several MB per gem). */
@RuleInfo(id = "SL1013", summary = "Use gem install --no-document", severity = Severity.LOW, category = Category.SIZE)
public final class GemDocsInstalled implements Rule {

    private static final Pattern INSTALL = Pattern.compile("\\bgem\\s+install\\b");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.shipped(context)) {
            boolean withDocs = run.shell().tools(GemCommand.class).stream()
                    .anyMatch(g -> g.tool().equals("gem") && g.isInstall() && !g.noDocument());
            if (withDocs) {
                findings.add(finding(dockerfile, run.run().span(), "gem install also installs documentation; add --no-document",
                        Fixes.insertAfter(run.run(), INSTALL, "--no-document", "add --no-document")));
            }
        }
        return findings;
    }
}
