package dev.slimline.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slimline.rule.LintOptions;
import dev.slimline.rule.Severity;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@code .slimline.yaml} says: rules to ignore, severity overrides per rule, the severity at and above
 * which findings fail the run, and per-service settings (kept as raw YAML until the budgets code reads them).
 */
public record SlimlineConfig(Optional<Path> file, Set<String> ignoredRules, Map<String, Severity> severityOverrides,
                             Optional<Severity> failOn, Map<String, JsonNode> services) {

    public SlimlineConfig {
        ignoredRules = Set.copyOf(ignoredRules);
        severityOverrides = Map.copyOf(severityOverrides);
        services = Map.copyOf(services);
    }

    /** The configuration used when there is no file: every rule on, default severities, no threshold. */
    public static SlimlineConfig defaults() {
        return new SlimlineConfig(Optional.empty(), Set.of(), Map.of(), Optional.empty(), Map.of());
    }

    /** The lint options with this file's ignored rules and severity overrides added. */
    public LintOptions applyTo(LintOptions options) {
        Set<String> ignored = new java.util.HashSet<>(options.ignoredRules());
        ignored.addAll(ignoredRules);
        Map<String, Severity> overrides = new java.util.HashMap<>(options.severityOverrides());
        overrides.putAll(severityOverrides);
        return options.withIgnoredRules(ignored).withSeverityOverrides(overrides);
    }
}
