package dev.slimline.rule;

import dev.slimline.Severity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How to lint: which stage is built ({@code --target}; empty means the last stage), the build arguments given,
 * rules switched off, severity overrides per rule ID, and the base-image knowledge rules may consult.
 */
public record LintOptions(Optional<String> target, Map<String, String> buildArgs, Set<String> ignoredRules,
                          Map<String, Severity> severityOverrides, BaseImageKnowledge knowledge) {

    public LintOptions {
        buildArgs = Map.copyOf(buildArgs);
        ignoredRules = Set.copyOf(ignoredRules);
        severityOverrides = Map.copyOf(severityOverrides);
    }

    public static LintOptions defaults() {
        return new LintOptions(Optional.empty(), Map.of(), Set.of(), Map.of(), BaseImageKnowledge.minimal());
    }

    public LintOptions withTarget(String stage) {
        return new LintOptions(Optional.of(stage), buildArgs, ignoredRules, severityOverrides, knowledge);
    }

    public LintOptions withBuildArgs(Map<String, String> args) {
        return new LintOptions(target, args, ignoredRules, severityOverrides, knowledge);
    }

    public LintOptions withIgnoredRules(Set<String> ids) {
        return new LintOptions(target, buildArgs, ids, severityOverrides, knowledge);
    }

    public LintOptions withSeverityOverrides(Map<String, Severity> overrides) {
        return new LintOptions(target, buildArgs, ignoredRules, overrides, knowledge);
    }

    public LintOptions withKnowledge(BaseImageKnowledge catalog) {
        return new LintOptions(target, buildArgs, ignoredRules, severityOverrides, catalog);
    }
}
