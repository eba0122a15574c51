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

/** A relative WORKDIR depends on whatever directory the base image left; an absolute one says where you are. */
@RuleInfo(id = "SL3003", summary = "Use an absolute WORKDIR", severity = Severity.LOW, category = Category.MAINTAINABILITY,
        hadolint = "DL3000", trivy = "DS009", buildkit = "WorkdirRelativePath")
public final class RelativeWorkdir implements Rule {

    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("(?i)[a-z]:[\\\\/].*");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.Workdir workdir && !isAbsolute(workdir.path())) {
                findings.add(finding(dockerfile, workdir, "WORKDIR " + workdir.path() + " is relative; use an absolute path"));
            }
        }
        return findings;
    }

    static boolean isAbsolute(String path) {
        String unquoted = path.replace("\"", "");
        return unquoted.startsWith("/") || unquoted.startsWith("$") || WINDOWS_ABSOLUTE.matcher(unquoted).matches();
    }
}
