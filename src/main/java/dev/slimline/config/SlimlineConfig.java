package dev.slimline.config;

import dev.slimline.rule.LintOptions;
import dev.slimline.Severity;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@code .slimline.yaml} says: rules to ignore, severity overrides per rule, the severity at and above
 * which findings fail the run, and the size and vulnerability budgets: {@code defaults} (budgetDefaults) for every service and
 * per-service settings keyed by service name.
 */
public record SlimlineConfig(Optional<Path> file, Set<String> ignoredRules, Map<String, Severity> severityOverrides,
                             Optional<Severity> failOn, BudgetSpec budgetDefaults, Map<String, BudgetSpec> services) {

    public SlimlineConfig {
        ignoredRules = Set.copyOf(ignoredRules);
        severityOverrides = Map.copyOf(severityOverrides);
        services = Map.copyOf(services);
    }

    /** The configuration used when there is no file: every rule on, default severities, no threshold. */
    public static SlimlineConfig defaults() {
        return new SlimlineConfig(Optional.empty(), Set.of(), Map.of(), Optional.empty(), BudgetSpec.none(), Map.of());
    }

    /**
     * The budgets of a discovered service ({@code services/api}): its own entry, by full name or by last path
     * segment ({@code api}), over the defaults.
     */
    public BudgetSpec budgetFor(String serviceName) {
        String last = serviceName.substring(serviceName.lastIndexOf('/') + 1);
        BudgetSpec own = services.containsKey(serviceName) ? services.get(serviceName) : services.get(last);
        return own == null ? budgetDefaults : own.over(budgetDefaults);
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
