package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.KeyValue;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.PipCommand;
import dev.slimline.dockerfile.shell.RmCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** pip keeps downloaded wheels in /root/.cache/pip; for a data-science stack that is 100-300 MB. */
@RuleInfo(id = "SL1004", summary = "Use pip install --no-cache-dir", severity = Severity.MEDIUM,
        category = Category.SIZE, hadolint = "DL3042")
public final class PipCacheKept implements Rule {

    private static final Pattern INSTALL = Pattern.compile("\\bpip[\\d.]*(\\s+-[-\\w]+)*\\s+install\\b");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        if (cacheDisabledByEnv(context.shippedStages())) {
            return findings;
        }
        for (RunInStage run : RunInStage.shipped(context)) {
            boolean cleaned = run.hasCacheMount()
                    || run.shell().tools(RmCommand.class).stream().anyMatch(rm -> rm.removes("/root/.cache/pip"));
            boolean cachedInstall = run.shell().tools(PipCommand.class).stream().anyMatch(p -> p.isInstall() && !p.noCacheDir());
            if (cachedInstall && !cleaned) {
                findings.add(finding(dockerfile, run.run().span(),
                        "pip install without --no-cache-dir leaves downloaded wheels in /root/.cache/pip",
                        Fixes.insertAfter(run.run(), INSTALL, "--no-cache-dir", "add --no-cache-dir")));
            }
        }
        return findings;
    }

    /** {@code ENV PIP_NO_CACHE_DIR=1} (any value but off/false/0) turns the cache off for every pip call. */
    private static boolean cacheDisabledByEnv(List<Stage> stages) {
        for (Stage stage : stages) {
            for (Instruction.Env env : stage.instructionsOf(Instruction.Env.class)) {
                for (KeyValue pair : env.pairs()) {
                    if (pair.key().equals("PIP_NO_CACHE_DIR") && !pair.value().matches("(?i)0|false|off|no")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
