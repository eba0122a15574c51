package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;

/** COPY/ADD of several sources to a destination not ending in /: BuildKit refuses to build. */
@RuleInfo(id = "SL3024", summary = "COPY with several sources needs a destination ending in /",
        severity = Severity.HIGH, category = Category.RELIABILITY, hadolint = "DL3021", trivy = "DS011")
public final class CopyMultipleSourcesToFile implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.FileTransfer transfer && transfer.sources().size() > 1
                    && !transfer.destination().endsWith("/") && !transfer.destination().contains("$")
                    && transfer.sources().stream().noneMatch(s -> s.startsWith("<<"))) {
                findings.add(finding(dockerfile, instruction, instruction.keyword() + " of " + transfer.sources().size()
                        + " sources needs a directory destination ending in /, not " + transfer.destination()));
            }
        }
        return findings;
    }
}
