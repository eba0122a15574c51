package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Fix;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;

/** MAINTAINER is deprecated; the OCI label org.opencontainers.image.authors carries the same information. */
@RuleInfo(id = "SL3010", summary = "MAINTAINER is deprecated; use a LABEL", severity = Severity.INFO,
        category = Category.MAINTAINABILITY, hadolint = "DL4000", trivy = "DS022", buildkit = "MaintainerDeprecated")
public final class MaintainerDeprecated implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.Maintainer maintainer) {
                String label = "LABEL org.opencontainers.image.authors=\"" + maintainer.name().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                findings.add(finding(dockerfile, maintainer, "MAINTAINER is deprecated; use " + label,
                        Fix.replace("replace MAINTAINER with an OCI authors label", maintainer.span(), label)));
            }
        }
        return findings;
    }
}
