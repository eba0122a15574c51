package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** curl and wget. */
public final class DownloadRecognizer implements ToolRecognizer {

    private static final Set<String> CURL_WITH_VALUE = Set.of("-o", "--output", "-H", "--header", "-d", "--data",
            "-u", "--user", "-X", "--request", "-A", "--user-agent", "--retry", "-m", "--max-time", "--connect-timeout",
            "-w", "--write-out", "-e", "--referer", "--cacert", "-x", "--proxy", "-T", "--upload-file", "-F", "--form",
            "--output-dir", "-b", "--cookie", "-c", "--cookie-jar", "-r", "--range", "-C", "--continue-at");
    private static final Set<String> WGET_WITH_VALUE = Set.of("-O", "--output-document", "-P", "--directory-prefix",
            "-o", "--output-file", "--header", "-U", "--user-agent", "-t", "--tries", "-T", "--timeout",
            "--user", "--password", "-e", "--execute");

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        if (argv.isEmpty()) {
            return Optional.empty();
        }
        String tool = argv.get(0);
        List<String> rest = argv.subList(1, argv.size());
        if (tool.equals("curl")) {
            ParsedArgs args = ParsedArgs.parse(rest, CURL_WITH_VALUE);
            boolean toFile = args.has("-O", "--remote-name", "--remote-name-all", "-J")
                    || args.values("-o", "--output").stream().anyMatch(v -> !v.equals("-"));
            return Optional.of(new DownloadCommand(command, tool, args.operands(), !toFile, args.has("-k", "--insecure")));
        }
        if (tool.equals("wget")) {
            ParsedArgs args = ParsedArgs.parse(rest, WGET_WITH_VALUE);
            boolean toStdout = args.values("-O", "--output-document").contains("-");
            return Optional.of(new DownloadCommand(command, tool, args.operands(), toStdout,
                    args.has("--no-check-certificate")));
        }
        return Optional.empty();
    }
}
