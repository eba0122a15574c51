package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.ArgDeclaration;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FROM uses a variable that no ARG before the first FROM declares: it expands to the empty string (ARGs inside
 * a stage are not visible to FROM lines). The platform ARGs BuildKit predefines are allowed.
 */
@RuleInfo(id = "SL3023", summary = "FROM uses an ARG not declared before the first FROM", severity = Severity.MEDIUM,
        category = Category.RELIABILITY, buildkit = "UndefinedArgInFrom")
public final class UndefinedArgInFrom implements Rule {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> PREDEFINED = Set.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
            "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        Set<String> declared = new HashSet<>(PREDEFINED);
        for (Instruction.Arg arg : dockerfile.globalArgs()) {
            arg.declarations().stream().map(ArgDeclaration::name).forEach(declared::add);
        }
        List<Finding> findings = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            Matcher variable = VARIABLE.matcher(stage.from().image() + " " + stage.from().platform().orElse(""));
            while (variable.find()) {
                if (!declared.contains(variable.group(1))) {
                    findings.add(finding(dockerfile, stage.from(), "FROM uses $" + variable.group(1)
                            + ", which no ARG before the first FROM declares; it expands to an empty string"));
                    break;
                }
            }
        }
        return findings;
    }
}
