package dev.slimline.rule;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.rule.builtin.BuiltinRules;

/** The one call commands need: lint a parsed Dockerfile with the built-in rules. */
public final class Linter {

    private static final RuleEngine BUILTIN = new RuleEngine(BuiltinRules.all());

    private Linter() {
    }

    public static LintResult lint(Dockerfile dockerfile, LintOptions options) {
        return new LintResult(dockerfile.path(), BUILTIN.run(dockerfile, options));
    }

    /** The engine with every built-in rule, e.g. for listing rules or mapping hadolint IDs. */
    public static RuleEngine builtinEngine() {
        return BUILTIN;
    }
}
