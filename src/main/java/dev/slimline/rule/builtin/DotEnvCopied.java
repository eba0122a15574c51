package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.List;
import java.util.regex.Pattern;

/** A .env file copied into the image: it usually holds credentials for local development. */
@RuleInfo(id = "SL2010", summary = ".env file copied into the image", severity = Severity.HIGH, category = Category.SECURITY)
public final class DotEnvCopied implements Rule {

    private static final Pattern DOT_ENV = Pattern.compile("\\.env(\\.(?!example$|sample$|template$|dist$)[\\w.-]+)?");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return CopiedSourceNames.matching(dockerfile, DOT_ENV).stream()
                .map(m -> finding(dockerfile, m.instruction(), m.source() + " is copied into the image; pass configuration at run time (docker run --env-file) instead")).toList();
    }
}
