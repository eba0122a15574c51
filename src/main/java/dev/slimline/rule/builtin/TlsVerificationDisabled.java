package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.shell.DownloadCommand;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Downloads with certificate or signature checks switched off (curl -k, wget --no-check-certificate,
 * pip --trusted-host, apt --allow-unauthenticated, npm strict-ssl false, git http.sslVerify false).
 */
@RuleInfo(id = "SL2011", summary = "TLS or package signature verification disabled", severity = Severity.HIGH,
        category = Category.SECURITY)
public final class TlsVerificationDisabled implements Rule {

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (RunInStage run : RunInStage.all(context)) {
            Optional<String> what = run.shell().tools(DownloadCommand.class).stream().filter(DownloadCommand::insecure)
                    .map(d -> d.tool() + " without certificate checks").findFirst();
            for (ShellCommand command : run.shell().commands()) {
                if (what.isPresent()) {
                    break;
                }
                what = insecureFlag(command);
            }
            what.ifPresent(w -> findings.add(finding(dockerfile, run.run(), w + "; anyone on the network path can change what is installed")));
        }
        return findings;
    }

    private static Optional<String> insecureFlag(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        String program = command.program();
        if (argv.contains("--allow-unauthenticated") || argv.stream().anyMatch(a -> a.startsWith("--trusted-host"))
                || argv.stream().anyMatch(a -> a.equals("--nogpgcheck") || a.equals("--allow-untrusted"))) {
            return Optional.of(program + " with verification switched off");
        }
        String joined = String.join(" ", argv).toLowerCase(java.util.Locale.ROOT);
        if (program.equals("npm") && joined.contains("strict-ssl") && joined.contains("false")
                || program.equals("git") && joined.contains("http.sslverify") && joined.contains("false")) {
            return Optional.of(program + " with TLS verification switched off");
        }
        return Optional.empty();
    }
}
