package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.ChmodCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** chmod 777 (or COPY --chmod=777) in the final image: any process can replace the app's files. */
@RuleInfo(id = "SL2007", summary = "World-writable permissions (chmod 777)", severity = Severity.MEDIUM,
        category = Category.SECURITY)
public final class WorldWritablePermissions implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.shipped(context)) {
            Optional<ChmodCommand> chmod = run.shell().tools(ChmodCommand.class).stream().filter(ChmodCommand::worldWritable).findFirst();
            chmod.ifPresent(c -> findings.add(finding(dockerfile, run.run(),
                    "chmod " + c.mode() + " makes files writable by every user; grant only what the app user needs")));
        }
        for (Stage stage : context.shippedStages()) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof Instruction.FileTransfer transfer && transfer.chmod().isPresent()) {
                    String mode = transfer.chmod().get();
                    if (ChmodCommand.isWorldWritable(mode)) {
                        findings.add(finding(dockerfile, instruction, "--chmod=" + mode
                                + " makes files writable by every user; grant only what the app user needs"));
                    }
                }
            }
        }
        return findings;
    }
}
