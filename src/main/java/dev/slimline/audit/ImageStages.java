package dev.slimline.audit;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stages whose layers end up in the final image: the last stage and the stages it is built
 * {@code FROM}, oldest first. Stages only copied from ({@code COPY --from}) contribute files, not layers.
 */
final class ImageStages {

    private ImageStages() {
    }

    static List<Stage> of(Dockerfile dockerfile) {
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
    static List<Instruction> instructions(List<Stage> chain) {
        List<Instruction> all = new ArrayList<>();
        chain.forEach(stage -> all.addAll(stage.instructions()));
        return all;
    }

    /** RUN, COPY and ADD make layers; the rest only change metadata. */
    static int layerCount(List<Stage> chain) {
        int layers = 0;
        for (Instruction instruction : instructions(chain)) {
            if (instruction instanceof Instruction.Run || instruction instanceof Instruction.FileTransfer) {
                layers++;
            }
        }
        return layers;
    }
}
