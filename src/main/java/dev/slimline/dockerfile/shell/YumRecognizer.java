package dev.slimline.dockerfile.shell;

import java.util.Optional;
import java.util.Set;

/** yum, dnf and microdnf. */
public final class YumRecognizer implements ToolRecognizer {

    private static final Set<String> TOOLS = Set.of("yum", "dnf", "microdnf", "tdnf");
    private static final Set<String> WITH_VALUE = Set.of("--setopt", "--enablerepo", "--disablerepo", "--installroot",
            "--releasever", "-c", "--config", "-x", "--exclude", "--repo", "--repofrompath");

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        return ToolRecognizer.argumentsOf(command, TOOLS, WITH_VALUE).map(args -> new YumCommand(command,
                command.program(), args.action(), args.rest(), args.has("-y", "--assumeyes")));
    }
}
