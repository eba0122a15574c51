package dev.slimline.audit;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stages whose layers end up in the final image: the last stage and the stages it is built
 * {@code FROM}, oldest first. Stages only copied from ({@code COPY --from}) contribute files, not layers.
 * Each RUN's shell analysis is made once here and shared by the estimators.
 */
record ImageStages(List<Stage> chain, List<Instruction> instructions, Map<Instruction.Run, ShellAnalysis> analyses) {

    static ImageStages of(Dockerfile dockerfile) {
        List<Stage> chain = chain(dockerfile);
        List<Instruction> instructions = instructions(chain);
        Map<Instruction.Run, ShellAnalysis> analyses = new IdentityHashMap<>();
        for (Instruction instruction : instructions) {
            if (instruction instanceof Instruction.Run run) {
                analyses.put(run, ShellAnalysis.of(run));
            }
        }
        return new ImageStages(List.copyOf(chain), List.copyOf(instructions), analyses);
    }

    ShellAnalysis analysis(Instruction.Run run) {
        return analyses.computeIfAbsent(run, ShellAnalysis::of);
    }

    private static List<Stage> chain(Dockerfile dockerfile) {
        List<Stage> chain = new ArrayList<>();
        Stage current = dockerfile.finalStage();
        while (current != null && !chain.contains(current)) {
            chain.add(0, current);
            current = earlierStageNamed(dockerfile, current.from().image(), current.index()).orElse(null);
        }
        return chain;
    }

    private static Optional<Stage> earlierStageNamed(Dockerfile dockerfile, String image, int before) {
        return dockerfile.stage(image).filter(stage -> stage.index() < before && stage.name().isPresent());
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
