package dev.slimline.optimize;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** One stage of a generated Dockerfile: its base (with an optional name) and its instructions in order. */
final class GeneratedStage {

    private final String base;
    private final Optional<String> name;
    private final List<GeneratedInstruction> instructions = new ArrayList<>();

    GeneratedStage(String base, Optional<String> name) {
        this.base = base;
        this.name = name;
    }

    String base() {
        return base;
    }

    Optional<String> name() {
        return name;
    }

    List<GeneratedInstruction> instructions() {
        return List.copyOf(instructions);
    }

    GeneratedStage add(GeneratedInstruction instruction) {
        instructions.add(instruction);
        return this;
    }

    GeneratedStage add(Optional<? extends GeneratedInstruction> instruction) {
        instruction.ifPresent(instructions::add);
        return this;
    }

    GeneratedStage addAll(Collection<? extends GeneratedInstruction> more) {
        instructions.addAll(more);
        return this;
    }
}
