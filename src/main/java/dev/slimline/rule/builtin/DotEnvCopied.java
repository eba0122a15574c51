package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A .env file copied into the image: it usually holds credentials for local development. */
@RuleInfo(id = "SL2010", summary = ".env file copied into the image", severity = Severity.HIGH, category = Category.SECURITY)
public final class DotEnvCopied implements Rule {

    private static final Pattern DOT_ENV = Pattern.compile("\\.env(\\.(?!example$|sample$|template$|dist$)[\\w.-]+)?");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.FileTransfer transfer) {
                for (String source : CopiedSourceNames.localSources(transfer)) {
                    if (DOT_ENV.matcher(CopiedSourceNames.fileName(source)).matches()) {
                        findings.add(finding(dockerfile, instruction, source
                                + " is copied into the image; pass configuration at run time (docker run --env-file) instead"));
                        break;
                    }
                }
            }
        }
        return findings;
    }
}
