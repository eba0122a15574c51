package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** ADD of an http(s) URL without --checksum: the build trusts whatever the server returns. */
@RuleInfo(id = "SL2012", summary = "ADD of a URL without --checksum", severity = Severity.MEDIUM, category = Category.SECURITY)
public final class AddUrlWithoutChecksum implements Rule {

    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://.*");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.Add add && add.checksum().isEmpty()
                    && add.sources().stream().anyMatch(s -> HTTP_URL.matcher(s).matches())) {
                findings.add(finding(dockerfile, add, "ADD downloads a URL without --checksum=sha256:...; pin its digest"));
            }
        }
        return findings;
    }
}
