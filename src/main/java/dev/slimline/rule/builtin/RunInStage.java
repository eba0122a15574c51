package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;

/** A RUN with its stage and its (cached) script analysis: what most shell rules iterate over. */
record RunInStage(Stage stage, Instruction.Run run, ShellAnalysis shell) {

    private static final Object SHIPPED = new Object();
    private static final Object ALL = new Object();

    static List<RunInStage> in(RuleContext context, List<Stage> stages) {
        List<RunInStage> runs = new ArrayList<>();
        for (Stage stage : stages) {
            for (Instruction.Run run : stage.instructionsOf(Instruction.Run.class)) {
                runs.add(new RunInStage(stage, run, context.shell(run)));
            }
        }
        return runs;
    }

    /** RUNs of the stages whose layers are in the final image. */
    static List<RunInStage> shipped(RuleContext context) {
        return context.memo(SHIPPED, () -> List.copyOf(in(context, context.shippedStages())));
    }

    /** RUNs of every stage in the file, built or not: for hygiene rules that hold wherever the code is. */
    static List<RunInStage> all(RuleContext context) {
        return context.memo(ALL, () -> List.copyOf(in(context, context.dockerfile().stages())));
    }

    /** True when the RUN mounts a build cache, so package caches never reach a layer. */
    boolean hasCacheMount() {
        return run.mounts().stream().anyMatch(m -> m.replace(" ", "").contains("type=cache"));
    }
}
