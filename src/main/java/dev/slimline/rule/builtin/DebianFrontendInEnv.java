package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.KeyValue;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ENV DEBIAN_FRONTEND=noninteractive} persists into every container of the image and surprises whoever
 * later runs apt interactively in it; it is only needed during the build, so ARG (or an inline prefix) fits.
 */
@RuleInfo(id = "SL3028", summary = "Set DEBIAN_FRONTEND with ARG, not ENV", severity = Severity.INFO,
        category = Category.MAINTAINABILITY)
public final class DebianFrontendInEnv implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.Env env) {
                for (KeyValue pair : env.pairs()) {
                    if (pair.key().equals("DEBIAN_FRONTEND")) {
                        findings.add(finding(dockerfile, pair.span(), "ENV DEBIAN_FRONTEND stays set in the running container; use ARG DEBIAN_FRONTEND=noninteractive",
                                Optional.empty()));
                    }
                }
            }
        }
        return findings;
    }
}
