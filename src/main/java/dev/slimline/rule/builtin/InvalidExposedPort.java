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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** EXPOSE of something that is not a port 0-65535 (or range) with an optional /tcp, /udp or /sctp. */
@RuleInfo(id = "SL3009", summary = "EXPOSE a valid port (0-65535)", severity = Severity.MEDIUM,
        category = Category.RELIABILITY, hadolint = "DL3011", trivy = "DS008")
public final class InvalidExposedPort implements Rule {

    private static final Pattern PORT = Pattern.compile("(\\d{1,9})(?:-(\\d{1,9}))?(?:/(?i:tcp|udp|sctp))?");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.Expose expose) {
                for (String port : expose.ports()) {
                    if (!port.contains("$") && !valid(port)) {
                        findings.add(finding(dockerfile, expose, "EXPOSE " + port + " is not a valid port (0-65535[/tcp|udp|sctp])"));
                    }
                }
            }
        }
        return findings;
    }

    private static boolean valid(String port) {
        Matcher m = PORT.matcher(port);
        if (!m.matches()) {
            return false;
        }
        int low = Integer.parseInt(m.group(1));
        int high = m.group(2) == null ? low : Integer.parseInt(m.group(2));
        return low <= 65535 && high <= 65535 && low <= high;
    }
}
