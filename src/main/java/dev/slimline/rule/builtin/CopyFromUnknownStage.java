package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.VariableExpander;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code COPY --from=name} where name is no earlier stage: BuildKit then pulls an image called {@code name},
 * which fails or, worse, fetches someone else's image. A stage copying from itself is an error too. References
 * that look like images (contain {@code :} or {@code /}) are allowed.
 */
@RuleInfo(id = "SL3016", summary = "COPY --from names no earlier stage", severity = Severity.HIGH,
        category = Category.RELIABILITY, hadolint = {"DL3022", "DL3023"}, trivy = "DS006")
public final class CopyFromUnknownStage implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<String, String> globals = dockerfile.globalArgDefaults(context.buildArgs());
        for (Stage stage : dockerfile.stages()) {
            for (Instruction.Copy copy : stage.instructionsOf(Instruction.Copy.class)) {
                if (copy.from().isEmpty()) {
                    continue;
                }
                String reference = expand(copy.from().get(), globals).toLowerCase(Locale.ROOT);
                if (reference.isEmpty() || reference.contains("$") || reference.contains(":") || reference.contains("/")) {
                    continue;
                }
                if (stage.name().map(reference::equals).orElse(false) || reference.equals(Integer.toString(stage.index()))) {
                    findings.add(finding(dockerfile, copy, "COPY --from=" + copy.from().get() + " refers to its own stage"));
                } else if (!earlierStage(dockerfile, stage, reference)) {
                    findings.add(finding(dockerfile, copy, "COPY --from=" + copy.from().get()
                            + " names no earlier stage; BuildKit would pull an image of that name"));
                }
            }
        }
        return findings;
    }

    private static boolean earlierStage(Dockerfile dockerfile, Stage stage, String reference) {
        if (dockerfile.stageNamedBefore(reference, stage.index()).isPresent()) {
            return true;
        }
        return reference.length() < 10 && reference.chars().allMatch(c -> c >= '0' && c <= '9')
                && Integer.parseInt(reference) < stage.index() && reference.equals(Integer.toString(Integer.parseInt(reference)));
    }

    private static String expand(String word, Map<String, String> values) {
        try {
            return VariableExpander.BACKSLASH.expand(word, values);
        } catch (VariableExpander.ExpansionException e) {
            return word;
        }
    }
}
