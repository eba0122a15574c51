package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.KeyValue;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Node dependencies installed with devDependencies in a shipped stage and never pruned: TypeScript, test
 * runners, bundlers and linters typically double node_modules.
 */
@RuleInfo(id = "SL1011", summary = "Dev dependencies are installed in the final image",
        severity = Severity.MEDIUM, category = Category.SIZE)
public final class DevDependenciesInImage implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        if (nodeEnvProduction(context.shippedStages()) || pruned(context)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.shipped(context)) {
            for (NodePackageCommand command : run.shell().tools(NodePackageCommand.class)) {
                if (command.installsProject() && !command.productionOnly()) {
                    findings.add(finding(dockerfile, run.run(), command.tool() + " " + command.action()
                            + " installs devDependencies into the final image; install with --omit=dev (npm) / --production, "
                            + "or build in a separate stage"));
                    break;
                }
            }
        }
        return findings;
    }

    private static boolean pruned(RuleContext context) {
        return RunInStage.shipped(context).stream().flatMap(r -> r.shell().tools(NodePackageCommand.class).stream())
                .anyMatch(c -> c.action().equals("prune") && c.productionOnly());
    }

    private static boolean nodeEnvProduction(List<Stage> stages) {
        for (Stage stage : stages) {
            for (Instruction.Env env : stage.instructionsOf(Instruction.Env.class)) {
                for (KeyValue pair : env.pairs()) {
                    if (pair.key().equals("NODE_ENV") && pair.value().equals("production")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
