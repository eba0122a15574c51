package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;

/** npm keeps a copy of every downloaded tarball in /root/.npm, often as large as node_modules itself. */
@RuleInfo(id = "SL1005", summary = "Clean the npm cache in the same RUN as npm install/ci",
        severity = Severity.LOW, category = Category.SIZE)
public final class NpmCacheKept implements Rule {

    private static final CacheLeftInLayer CHECK = NodeCaches.check("npm", "/root/.npm", "npm cache clean --force");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return CHECK.check(this, dockerfile, context);
    }
}
