package dev.slimline.audit;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.StackNeeds;
import dev.slimline.project.DockerfileService;
import java.util.List;
import java.util.Optional;

/**
 * What the optimizer's multi-stage rewrite would weigh: the base {@link BaseImageChoice} picks (family auto, the
 * stack's needs respected) plus the application's runtime payload: sources as a .dockerignore leaves them and
 * production dependencies without caches; no compilers, no build tools. A static target gets a binary instead.
 */
public final class OptimizedEstimator {

    private final BaseImageChoice choice;
    private final ImageSizeEstimator sizes;

    public OptimizedEstimator(BaseImageChoice choice, ImageSizeEstimator sizes) {
        this.choice = choice;
        this.sizes = sizes;
    }

    public OptimizedEstimate estimate(Dockerfile dockerfile, DockerfileService service, SizeEstimate before) {
        List<Instruction> instructions = ImageStages.instructions(ImageStages.of(dockerfile));
        StackNeeds needs = StackNeedsDetector.detect(instructions);
        Optional<BaseImageChoice.Choice> chosen =
                choice.slimmerSibling(before.baseImage(), BaseImageChoice.Family.AUTO, needs);
        String base = chosen.map(c -> c.to().reference()).orElse(before.baseImage());
        long baseBytes = chosen.map(c -> c.to().sizeBytes()).orElse(before.baseBytes());
        boolean staticTarget = chosen.map(c -> c.to().runtime().equals("static")).orElse(false);
        long payload = staticTarget ? PayloadModel.STATIC_BINARY_BYTES : runtimePayload(instructions, service);
        long after = Math.min(before.totalBytes(), baseBytes + payload);
        String reason = chosen.map(BaseImageChoice.Choice::reason)
                .orElse("no slimmer compatible base known; build tools and caches move out of the final stage");
        return new OptimizedEstimate(base, after, reason);
    }

    private long runtimePayload(List<Instruction> instructions, DockerfileService service) {
        long dependencies = 0;
        for (Instruction instruction : instructions) {
            if (instruction instanceof Instruction.Run run) {
                dependencies += ImageSizeEstimator.dependencyBytes(ShellAnalysis.of(run), run, service.context(), false);
            }
        }
        return sizes.sourceBytes(service) + dependencies;
    }
}
