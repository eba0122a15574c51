package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Command;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.Operator;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A pipe in RUN without pipefail: {@code curl ... | tar x} succeeds when curl fails, since only the last
 * command's status counts. Set {@code SHELL ["/bin/bash", "-o", "pipefail", "-c"]} or {@code set -o pipefail}.
 */
@RuleInfo(id = "SL3025", summary = "Set -o pipefail before RUN with a pipe", severity = Severity.LOW,
        category = Category.RELIABILITY, hadolint = "DL4006")
public final class PipefailMissing implements Rule {

    private static final Pattern POSIX_SHELL = Pattern.compile(".*/?(sh|bash|ash|dash|zsh|ksh)");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            boolean shellHasPipefail = false;
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.Shell shell) {
                    shellHasPipefail = shell.shell().contains("pipefail") || !shell.shell().isEmpty()
                            && !POSIX_SHELL.matcher(shell.shell().get(0)).matches();
                } else if (instruction instanceof Instruction.Run run && !shellHasPipefail
                        && run.command() instanceof Command.ShellForm form && !form.script().contains("pipefail")
                        && context.shell(run).commands().stream().anyMatch(c -> c.next() == Operator.PIPE)) {
                    findings.add(finding(dockerfile, run, "a failing command before | goes unnoticed; set -o pipefail (SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"])"));
                }
            }
        }
        return findings;
    }
}
