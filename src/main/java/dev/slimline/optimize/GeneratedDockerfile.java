package dev.slimline.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A Dockerfile the optimizer generates: stages in build order, the last one is the image that runs. */
final class GeneratedDockerfile {

    private final List<GeneratedStage> stages = new ArrayList<>();

    /** Starts a named stage ({@code FROM base AS name}). */
    GeneratedStage stage(String base, String name) {
        GeneratedStage stage = new GeneratedStage(base, Optional.of(name));
        stages.add(stage);
        return stage;
    }

    /** Starts the runtime (unnamed) stage. */
    GeneratedStage stage(String base) {
        GeneratedStage stage = new GeneratedStage(base, Optional.empty());
        stages.add(stage);
        return stage;
    }

    List<GeneratedStage> stages() {
        return List.copyOf(stages);
    }

    String print() {
        return GeneratedDockerfilePrinter.print(this);
    }
}
