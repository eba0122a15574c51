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

/**
 * A private key (id_rsa, *.pem, *.key, .ssh/) copied into a stage: it stays in that layer and in the build
 * cache, even if a later RUN deletes it. Use {@code RUN --mount=type=ssh} or {@code --mount=type=secret}.
 */
@RuleInfo(id = "SL2009", summary = "Private key or SSH directory copied into the image", severity = Severity.HIGH,
        category = Category.SECURITY)
public final class PrivateKeyCopied implements Rule {

    private static final Pattern KEY = Pattern.compile("(?i)id_(rsa|dsa|ecdsa|ed25519)|\\.ssh|.*\\.(pem|key|p12|pfx|jks|keystore)");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        return CopiedSourceNames.matching(dockerfile, KEY).stream()
                .map(m -> finding(dockerfile, m.instruction(), m.source() + " looks like a private key; it stays in the layer even if deleted later, use RUN --mount=type=ssh or type=secret")).toList();
    }
}
