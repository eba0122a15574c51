package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.RmCommand;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Fix;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The shape every package-cache rule shares: in the stages that ship, a RUN that fills a cache and does not
 * empty it in the same RUN (by the tool's own clean command, by removing one of the cache directories, or by
 * mounting a build cache) leaves the cache in its layer.
 */
record CacheLeftInLayer(Predicate<RunInStage> fills, Predicate<RunInStage> cleans, List<String> cacheDirs,
                        Function<RunInStage, String> message, Function<RunInStage, Optional<Fix>> fix) {

    List<Finding> check(Rule rule, Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.shipped(context)) {
            if (fills.test(run) && !cleaned(run)) {
                findings.add(rule.finding(dockerfile, run.run().span(), message.apply(run), fix.apply(run)));
            }
        }
        return findings;
    }

    private boolean cleaned(RunInStage run) {
        return run.hasCacheMount() || cleans.test(run)
                || run.shell().tools(RmCommand.class).stream().anyMatch(rm -> cacheDirs.stream().anyMatch(rm::removes));
    }
}
