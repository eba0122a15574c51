package dev.slimline.audit;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages whose layers end up in the final image: the last stage and the stages it is built
 * {@code FROM}, oldest first. Stages only copied from ({@code COPY --from}) contribute files, not layers.
 * Each RUN's shell analysis is made once here and shared by the estimators.
 */
record ImageStages(List<Stage> chain, List<Instruction> instructions, Map<Instruction.Run, ShellAnalysis> analyses) {

    static ImageStages of(Dockerfile dockerfile) {
        return of(dockerfile, new IdentityHashMap<>());
    }

    /** With the analyses already made (e.g. by the linter) reused and the missing ones added to {@code analyses}. */
    static ImageStages of(Dockerfile dockerfile, Map<Instruction.Run, ShellAnalysis> analyses) {
        List<Stage> chain = chain(dockerfile);
        List<Instruction> instructions = instructions(chain);
        for (Instruction instruction : instructions) {
            if (instruction instanceof Instruction.Run run) {
                analyses.computeIfAbsent(run, ShellAnalysis::of);
            }
        }
        return new ImageStages(List.copyOf(chain), List.copyOf(instructions), analyses);
    }

    ShellAnalysis analysis(Instruction.Run run) {
        return analyses.computeIfAbsent(run, ShellAnalysis::of);
    }

    /** The final stage and the stages it is FROM, oldest first; a parent always comes earlier, so no loop. */
    private static List<Stage> chain(Dockerfile dockerfile) {
        List<Stage> chain = new ArrayList<>();
        for (Stage current = dockerfile.finalStage(); current != null;
                current = dockerfile.stageNamedBefore(current.from().image(), current.index()).orElse(null)) {
            chain.add(current);
        }
        Collections.reverse(chain);
        return chain;
    }

    /** Every instruction of the chain, in order. */
    private static List<Instruction> instructions(List<Stage> chain) {
        List<Instruction> all = new ArrayList<>();
        chain.forEach(stage -> all.addAll(stage.instructions()));
        return all;
    }

    /** RUN, COPY and ADD make layers; the rest only change metadata. */
    int layerCount() {
        int layers = 0;
        for (Instruction instruction : instructions) {
            if (instruction instanceof Instruction.Run || instruction instanceof Instruction.FileTransfer) {
                layers++;
            }
        }
        return layers;
    }
}
