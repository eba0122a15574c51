package dev.slimline.rule.builtin;

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
import java.util.regex.Pattern;

/** {@code https://user:password@host}: the credential is written into the image history or config. */
@RuleInfo(id = "SL2013", summary = "Credentials embedded in a URL", severity = Severity.HIGH, category = Category.SECURITY)
public final class CredentialsInUrl implements Rule {

    /**
     * What follows {@code scheme:} in a URL with a user name and password. The scheme is checked by hand, backwards
     * from each {@code ://}: a regex starting with the scheme would be tried at every letter of a long word,
     * quadratic on a 128 KB RUN line.
     */
    private static final Pattern USERINFO = Pattern.compile("//[^/\\s:@\"']+:[^/\\s@\"']+@");

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

    /** Whether {@code text} holds {@code scheme://user:password@}; linear in the text's length. */
    static boolean hasCredentials(String text) {
        for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 1)) {
            if (schemeEndsAt(text, at) && USERINFO.matcher(text).region(at + 1, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A scheme ({@code [a-zA-Z][a-zA-Z0-9+.-]*}) ends at {@code end}: a letter among the scheme characters before it. */
    private static boolean schemeEndsAt(String text, int end) {
        for (int i = end - 1; i >= 0 && isSchemeChar(text.charAt(i)); i--) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSchemeChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
    }

    private static boolean containsCredentials(Instruction instruction) {
        return switch (instruction) {
            case Instruction.Run run -> hasCredentials(run.raw().arguments());
            case Instruction.Add add -> add.sources().stream().anyMatch(s -> hasCredentials(s));
            case Instruction.Env env -> env.pairs().stream().map(KeyValue::value).anyMatch(v -> hasCredentials(v));
            case Instruction.Arg arg -> arg.declarations().stream()
                    .anyMatch(d -> d.defaultValue().map(v -> hasCredentials(v)).orElse(false));
            default -> false;
        };
    }
}
