package dev.slimline.rule;

import dev.slimline.Severity;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a set of rules over a Dockerfile, then applies what the rules themselves do not decide: rules switched
 * off by options, suppression comments, and severity overrides. Immutable and thread-safe; each run builds its own
 * {@link RuleContext}.
 */
public final class RuleEngine {

    private final List<Rule> rules;
    /** The rules' IDs in rule order, read once: the engine checks them against the options for every file. */
    private final List<String> ids;
    private final Map<String, Rule> byId = new LinkedHashMap<>();
    private final Map<String, Set<String>> hadolintToSlimline = new HashMap<>();

    /**
     * @throws IllegalArgumentException when two rules share an ID or a rule lacks {@link RuleInfo}
     */
    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.ids = this.rules.stream().map(rule -> rule.info().id()).toList();
        for (Rule rule : this.rules) {
            RuleInfo info = rule.info();
            if (byId.put(info.id(), rule) != null) {
                throw new IllegalArgumentException("duplicate rule id " + info.id());
            }
            for (String hadolint : info.hadolint()) {
                hadolintToSlimline.computeIfAbsent(hadolint, id -> new HashSet<>()).add(info.id());
            }
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    public Set<String> ruleIds() {
        return byId.keySet();
    }

    /** The slimline rules that cover a hadolint ID (empty if none). */
    public Set<String> forHadolint(String hadolintId) {
        return hadolintToSlimline.getOrDefault(hadolintId, Set.of());
    }

    /** Findings of every enabled rule, unsuppressed, with overrides applied, sorted by position. */
    public List<Finding> run(Dockerfile dockerfile, LintOptions options) {
        return run(dockerfile, options, new IdentityHashMap<>());
    }

    /**
     * As {@link #run(Dockerfile, LintOptions)}, reading and filling {@code shellAnalyses} so that a caller that
     * analyses the same RUNs afterwards (the audit's size estimates) does not split their scripts again.
     */
    public List<Finding> run(Dockerfile dockerfile, LintOptions options,
            Map<Instruction.Run, ShellAnalysis> shellAnalyses) {
        RuleContext context = new RuleContext(dockerfile, options, shellAnalyses);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!options.ignoredRules().contains(ids.get(i))) {
                findings.addAll(rules.get(i).check(dockerfile, context));
            }
        }
        Suppressions suppressions = Suppressions.of(dockerfile, hadolintToSlimline);
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (!suppressions.suppresses(finding)) {
                Severity override = options.severityOverrides().get(finding.ruleId());
                result.add(override == null ? finding : finding.withSeverity(override));
            }
        }
        result.sort(Finding.BY_POSITION);
        return List.copyOf(result);
    }
}
