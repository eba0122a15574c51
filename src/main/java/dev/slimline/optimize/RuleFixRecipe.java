package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.rule.Finding;
import dev.slimline.rule.LintOptions;
import dev.slimline.rule.Linter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The fixes the lint rules attach to their findings, for the rules whose fix is safe to apply unasked. Each
 * change line says what the fix saves.
 */
final class RuleFixRecipe implements Recipe {

    /** Rule ID -> the change line printed when its fix is applied. Rules not listed are never auto-fixed. */
    private static final Map<String, String> SAFE = Map.ofEntries(
            Map.entry("SL1001", "apt lists removed in the same RUN (20-40 MB of package indexes)"),
            Map.entry("SL1002", "apt-get --no-install-recommends skips recommended packages"),
            Map.entry("SL1003", "apk --no-cache keeps the package index out of the image"),
            Map.entry("SL1004", "pip --no-cache-dir eliminates the cached wheels"),
            Map.entry("SL1005", "npm cache cleaned in the same RUN"),
            Map.entry("SL1006", "yarn cache cleaned in the same RUN"),
            Map.entry("SL1007", "yum/dnf caches cleaned in the same RUN"),
            Map.entry("SL1013", "gem --no-document skips generated docs"),
            Map.entry("SL2002", "COPY instead of ADD for local files (no surprise unpacking or downloads)"),
            Map.entry("SL3002", "exec-form CMD/ENTRYPOINT: the process gets signals and stops cleanly"),
            Map.entry("SL3010", "MAINTAINER replaced by a LABEL"));

    /**
     * The default options with every other rule switched off: rules are independent, so the listed rules find the
     * same as in a full lint, and the recipe, run each round, does not pay for the rest.
     */
    private static final LintOptions ONLY_SAFE = LintOptions.defaults().withIgnoredRules(
            Linter.builtinEngine().ruleIds().stream().filter(id -> !SAFE.containsKey(id)).collect(Collectors.toSet()));

    @Override
    public List<ProposedEdit> propose(Dockerfile dockerfile, RecipeContext context) {
        List<ProposedEdit> proposals = new ArrayList<>();
        for (Finding finding : Linter.lint(dockerfile, ONLY_SAFE).findings()) {
            String change = SAFE.get(finding.ruleId());
            if (change != null && finding.fix().isPresent()) {
                proposals.add(new ProposedEdit(finding.fix().get().edits(), new Change(change)));
            }
        }
        return proposals;
    }
}
