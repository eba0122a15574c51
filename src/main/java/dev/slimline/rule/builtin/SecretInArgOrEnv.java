package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.ArgDeclaration;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.KeyValue;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ARG and ENV names that look like secrets. ENV values are stored in the image config; ARG values appear in
 * {@code docker history} of every layer whose RUN uses them. Secrets belong in {@code RUN --mount=type=secret}.
 */
@RuleInfo(id = "SL2004", summary = "Secrets passed through ARG or ENV", severity = Severity.HIGH,
        category = Category.SECURITY, buildkit = "SecretsUsedInArgOrEnv")
public final class SecretInArgOrEnv implements Rule {

    private static final Pattern SECRET = Pattern.compile(
            "(?i).*(passw(or)?d|pwd|secret|token|api_?key|private_?key|access_?key|credential|auth_?key).*|aws_.*");
    private static final Pattern NOT_A_SECRET = Pattern.compile(
            "(?i).*(_file|_path|_dir|_url|_uri|_endpoint|_host|_region|_profile|_user(name)?|public.*)|aws_(default_)?region|aws_profile");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.Arg arg) {
                for (ArgDeclaration declaration : arg.declarations()) {
                    if (looksSecret(declaration.name())) {
                        findings.add(finding(dockerfile, declaration.span(), "ARG " + declaration.name()
                                + " looks like a secret; build arguments are visible in the image history, use RUN --mount=type=secret",
                                Optional.empty()));
                    }
                }
            } else if (instruction instanceof Instruction.Env env) {
                for (KeyValue pair : env.pairs()) {
                    if (looksSecret(pair.key())) {
                        findings.add(finding(dockerfile, pair.span(), "ENV " + pair.key()
                                + " looks like a secret; ENV is stored in the image, pass secrets at run time", Optional.empty()));
                    }
                }
            }
        }
        return findings;
    }

    static boolean looksSecret(String name) {
        return SECRET.matcher(name).matches() && !NOT_A_SECRET.matcher(name).matches();
    }
}
