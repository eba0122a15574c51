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
import java.util.List;

/**
 * FROM --platform with a constant: the image is always that platform, which breaks multi-platform builds and
 * runs under emulation elsewhere. {@code --platform=$BUILDPLATFORM} and other variables are the intended use.
 */
@RuleInfo(id = "SL3018", summary = "Do not hard-code FROM --platform", severity = Severity.LOW,
        category = Category.MAINTAINABILITY, hadolint = "DL3029", buildkit = "FromPlatformFlagConstDisallowed")
public final class HardcodedPlatform implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            stage.from().platform().filter(p -> !p.contains("$")).ifPresent(platform -> findings.add(finding(dockerfile,
                    stage.from(), "FROM --platform=" + platform + " is hard-coded; use $BUILDPLATFORM / $TARGETPLATFORM or drop it")));
        }
        return findings;
    }
}
