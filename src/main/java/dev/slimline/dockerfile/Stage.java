package dev.slimline.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One build stage: a FROM and the instructions up to the next FROM. {@code index} is 0-based as in
 * {@code COPY --from=0}; {@code name} is the {@code AS} name lower-cased (BuildKit compares stage names
 * case-insensitively). {@code instructions} excludes the FROM itself.
 */
public record Stage(int index, Optional<String> name, Instruction.From from, List<Instruction> instructions) {

    public Stage {
        instructions = List.copyOf(instructions);
    }

    /** The stage name, or its index as text for an unnamed stage: how {@code --from} refers to it. */
    public String reference() {
        return name.orElse(Integer.toString(index));
    }

    /** The instructions of this stage that are of the given kind, in order. */
    public <T extends Instruction> List<T> instructionsOf(Class<T> kind) {
        List<T> found = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (kind.isInstance(instruction)) {
                found.add(kind.cast(instruction));
            }
        }
        return found;
    }
}
