package dev.slimline.optimize;

import dev.slimline.dockerfile.Command;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code RUN apt-get update} alone, then {@code RUN apt-get install}: the cached update layer goes stale and the
 * lists stay in the image. Merge the update into the install's RUN (where the list cleanup then goes too).
 */
final class MergeAptUpdateRecipe implements Recipe {

    @Override
    public List<ProposedEdit> propose(Dockerfile dockerfile, RecipeContext context) {
        List<ProposedEdit> proposals = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            List<Instruction> instructions = stage.instructions();
            for (int i = 0; i + 1 < instructions.size(); i++) {
                if (instructions.get(i) instanceof Instruction.Run update && onlyUpdate(update)
                        && instructions.get(i + 1) instanceof Instruction.Run install && installs(install)
                        && install.command() instanceof Command.ShellForm shell && install.heredocs().isEmpty()) {
                    proposals.add(new ProposedEdit(List.of(
                            Edits.deleteLine(update, dockerfile.text()),
                            Edits.insert(shell.span().startOffset(), "apt-get update && ")),
                            new Change("apt-get update merged into the RUN that installs (no stale cached index)")));
                }
            }
        }
        return proposals;
    }

    private static boolean onlyUpdate(Instruction.Run run) {
        ShellAnalysis shell = ShellAnalysis.of(run);
        return shell.commands().size() == 1 && shell.tools(AptCommand.class).size() == 1
                && shell.tools(AptCommand.class).get(0).isUpdate();
    }

    private static boolean installs(Instruction.Run run) {
        List<AptCommand> apt = ShellAnalysis.of(run).tools(AptCommand.class);
        return !apt.isEmpty() && apt.get(0).isInstall();
    }
}
