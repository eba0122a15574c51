package dev.slimline.rule;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.rule.builtin.BuiltinRules;
import java.util.Map;

/** The one call commands need: lint a parsed Dockerfile with the built-in rules. */
public final class Linter {

    private static final RuleEngine BUILTIN = new RuleEngine(BuiltinRules.all());

    private Linter() {
    }

    public static LintResult lint(Dockerfile dockerfile, LintOptions options) {
        return new LintResult(dockerfile.path(), BUILTIN.run(dockerfile, options));
    }

    /** As {@link #lint(Dockerfile, LintOptions)}, sharing RUN analyses with the caller (RUN to analysis, by identity). */
    public static LintResult lint(Dockerfile dockerfile, LintOptions options,
            Map<Instruction.Run, ShellAnalysis> shellAnalyses) {
        return new LintResult(dockerfile.path(), BUILTIN.run(dockerfile, options, shellAnalyses));
    }

    /** The engine with every built-in rule, e.g. for listing rules or mapping hadolint IDs. */
    public static RuleEngine builtinEngine() {
        return BUILTIN;
    }
}
