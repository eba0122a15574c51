package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.KeyValue;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.PipCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** pip keeps downloaded wheels in /root/.cache/pip; for a data-science stack that is 100-300 MB. */
@RuleInfo(id = "SL1004", summary = "Use pip install --no-cache-dir", severity = Severity.MEDIUM,
        category = Category.SIZE, hadolint = "DL3042")
public final class PipCacheKept implements Rule {

    private static final Pattern OFF = Pattern.compile("(?i)0|false|off|no");

    private static final Pattern INSTALL = Pattern.compile("\\bpip[\\d.]*(\\s+-[-\\w]+)*\\s+install\\b");

    private static final CacheLeftInLayer CHECK = new CacheLeftInLayer(
            run -> run.shell().tools(PipCommand.class).stream().anyMatch(p -> p.isInstall() && !p.noCacheDir()),
            run -> false, List.of("/root/.cache/pip"),
            run -> "pip install without --no-cache-dir leaves downloaded wheels in /root/.cache/pip",
            run -> Fixes.insertAfter(run.run(), INSTALL, "--no-cache-dir", "add --no-cache-dir"));

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return cacheDisabledByEnv(context.shippedStages()) ? List.of() : CHECK.check(this, dockerfile, context);
    }

    /** {@code ENV PIP_NO_CACHE_DIR=1} (any value but off/false/0) turns the cache off for every pip call. */
    private static boolean cacheDisabledByEnv(List<Stage> stages) {
        for (Stage stage : stages) {
            for (Instruction.Env env : stage.instructionsOf(Instruction.Env.class)) {
                for (KeyValue pair : env.pairs()) {
                    if (pair.key().equals("PIP_NO_CACHE_DIR") && !OFF.matcher(pair.value()).matches()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
