package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.KeyValue;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code https://user:password@host}: the credential is written into the image history or config. */
@RuleInfo(id = "SL2013", summary = "Credentials embedded in a URL", severity = Severity.HIGH, category = Category.SECURITY)
public final class CredentialsInUrl implements Rule {

    private static final Pattern USERINFO = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/\\s:@\"']+:[^/\\s@\"']+@");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (containsCredentials(instruction)) {
                findings.add(finding(dockerfile, instruction,
                        "a URL carries a user name and password; they stay in the image, use a build secret"));
            }
        }
        return findings;
    }

    private static boolean containsCredentials(Instruction instruction) {
        return switch (instruction) {
            case Instruction.Run run -> USERINFO.matcher(run.raw().arguments()).find();
            case Instruction.Add add -> add.sources().stream().anyMatch(s -> USERINFO.matcher(s).find());
            case Instruction.Env env -> env.pairs().stream().map(KeyValue::value).anyMatch(v -> USERINFO.matcher(v).find());
            case Instruction.Arg arg -> arg.declarations().stream()
                    .anyMatch(d -> d.defaultValue().map(v -> USERINFO.matcher(v).find()).orElse(false));
            default -> false;
        };
    }
}
