package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** Shared by the rules for instructions of which only the last in a stage takes effect. */
final class RepeatedInstruction {

    private RepeatedInstruction() {
    }

    static <T extends Instruction> List<Finding> check(Rule rule, Dockerfile dockerfile, Class<T> kind) {
        List<Finding> findings = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            List<T> found = stage.instructionsOf(kind);
            for (int i = 0; i < found.size() - 1; i++) {
                T instruction = found.get(i);
                findings.add(rule.finding(dockerfile, instruction, "only the last " + instruction.keyword()
                        + " of a stage takes effect; this one (overridden on line " + found.get(found.size() - 1).line() + ") does nothing"));
            }
        }
        return findings;
    }
}
