package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.ApkCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** apk add without --no-cache keeps the APKINDEX and package cache in the layer. */
@RuleInfo(id = "SL1003", summary = "Use apk add --no-cache", severity = Severity.MEDIUM, category = Category.SIZE,
        hadolint = "DL3019", trivy = "DS025")
public final class ApkCacheKept implements Rule {

    private static final Pattern ADD = Pattern.compile("\\bapk(\\s+-[-\\w]+)*\\s+add\\b");
    private static final CacheLeftInLayer CHECK = new CacheLeftInLayer(
            run -> run.shell().tools(ApkCommand.class).stream().anyMatch(a -> a.isAdd() && !a.noCache()),
            run -> false, List.of("/var/cache/apk"),
            run -> "apk add without --no-cache leaves the package index and cache in the image",
            run -> Fixes.insertAfter(run.run(), ADD, "--no-cache", "add --no-cache"));

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return CHECK.check(this, dockerfile, context);
    }
}
