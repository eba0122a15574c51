package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Stage;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Two stages with the same AS name (names compare case-insensitively): BuildKit rejects the file. */
@RuleInfo(id = "SL3017", summary = "Stage names must be unique", severity = Severity.HIGH, category = Category.RELIABILITY,
        hadolint = "DL3024", trivy = "DS012", buildkit = "DuplicateStageName")
public final class DuplicateStageName implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Stage> seen = new HashMap<>();
        for (Stage stage : dockerfile.stages()) {
            if (stage.name().isEmpty()) {
                continue;
            }
            Stage first = seen.putIfAbsent(stage.name().get(), stage);
            if (first != null) {
                findings.add(finding(dockerfile, stage.from(), "stage name " + stage.name().get()
                        + " is already used on line " + first.from().line()));
            }
        }
        return findings;
    }
}
