package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * useradd with a high UID and without -l writes a sparse /var/log/lastlog and faillog sized by the UID; Docker
 * layers do not keep sparseness, so a UID near 2^31 adds gigabytes.
 */
@RuleInfo(id = "SL1015", summary = "useradd with a high UID needs -l (--no-log-init)",
        severity = Severity.LOW, category = Category.SIZE, hadolint = "DL3046")
public final class UseraddLogBloat implements Rule {

    private static final Pattern NUMERIC_UID = Pattern.compile("\\d{1,18}");

    static final long HIGH_UID = 65_536;

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.shipped(context)) {
            for (ShellCommand command : run.shell().commands()) {
                List<String> argv = command.effectiveArgv();
                if (command.program().equals("useradd") && highUid(argv) && !argv.contains("-l") && !argv.contains("--no-log-init")) {
                    findings.add(finding(dockerfile, run.run(),
                            "useradd with a UID of " + HIGH_UID + " or more and without -l bloats /var/log/lastlog; add -l"));
                }
            }
        }
        return findings;
    }

    private static boolean highUid(List<String> argv) {
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            String uid = arg.equals("-u") || arg.equals("--uid") ? (i + 1 < argv.size() ? argv.get(i + 1) : "")
                    : arg.startsWith("--uid=") ? arg.substring(6) : arg.startsWith("-u") && arg.length() > 2 ? arg.substring(2) : null;
            if (uid != null && NUMERIC_UID.matcher(uid).matches() && Long.parseLong(uid) >= HIGH_UID) {
                return true;
            }
        }
        return false;
    }
}
