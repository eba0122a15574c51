package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** yum, dnf and microdnf. */
public final class YumRecognizer implements ToolRecognizer {

    private static final Set<String> TOOLS = Set.of("yum", "dnf", "microdnf", "tdnf");
    private static final Set<String> WITH_VALUE = Set.of("--setopt", "--enablerepo", "--disablerepo", "--installroot",
            "--releasever", "-c", "--config", "-x", "--exclude", "--repo", "--repofrompath");

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        if (argv.isEmpty() || !TOOLS.contains(argv.get(0))) {
            return Optional.empty();
        }
        ParsedArgs args = ParsedArgs.parse(argv.subList(1, argv.size()), WITH_VALUE);
        return Optional.of(new YumCommand(command, argv.get(0), args.action(), args.rest(),
                args.has("-y", "--assumeyes")));
    }
}
