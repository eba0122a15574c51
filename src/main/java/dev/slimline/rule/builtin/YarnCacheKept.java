package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;

/** Yarn v1 keeps its offline cache in /usr/local/share/.cache/yarn. */
@RuleInfo(id = "SL1006", summary = "Clean the yarn cache in the same RUN as yarn install",
        severity = Severity.LOW, category = Category.SIZE, hadolint = "DL3060")
public final class YarnCacheKept implements Rule {

    private static final CacheLeftInLayer CHECK = NodeCaches.check("yarn", "/usr/local/share/.cache/yarn", "yarn cache clean");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return CHECK.check(this, dockerfile, context);
    }
}
