package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;

/** EXPOSE 22: an SSH server in a container is a second way in; use docker exec. */
@RuleInfo(id = "SL2008", summary = "Port 22 (SSH) exposed", severity = Severity.MEDIUM, category = Category.SECURITY,
        trivy = "DS004")
public final class SshPortExposed implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Stage stage : context.shippedStages()) {
            for (Instruction.Expose expose : stage.instructionsOf(Instruction.Expose.class)) {
                if (expose.ports().stream().anyMatch(p -> p.equals("22") || p.equalsIgnoreCase("22/tcp"))) {
                    findings.add(finding(dockerfile, expose, "port 22 is exposed; do not run SSH in containers, use docker exec"));
                }
            }
        }
        return findings;
    }
}
