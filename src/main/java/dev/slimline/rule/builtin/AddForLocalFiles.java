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

/** ADD of plain local files: ADD also fetches URLs and unpacks archives, so COPY says what is meant. */
@RuleInfo(id = "SL2002", summary = "Use COPY instead of ADD for local files", severity = Severity.LOW,
        category = Category.SECURITY, hadolint = "DL3020", trivy = "DS005")
public final class AddForLocalFiles implements Rule {

    static final Pattern REMOTE = Pattern.compile("(?i)(https?|ftp|git)://.*|git@.*|.*\\.git(#.*)?");
    private static final Pattern ARCHIVE = Pattern.compile("(?i).*\\.(tar|tar\\.gz|tgz|tar\\.bz2|tbz2?|tar\\.xz|txz|tar\\.zst|tar\\.lz|gz|bz2|xz)");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.Add add && !add.sources().isEmpty()
                    && add.sources().stream().noneMatch(s -> REMOTE.matcher(s).matches() || ARCHIVE.matcher(s).matches() || s.startsWith("<<"))) {
                findings.add(finding(dockerfile, add, "ADD of local files; use COPY, which does only that",
                        Fixes.replaceKeyword(add, "COPY", "replace ADD with COPY")));
            }
        }
        return findings;
    }
}
