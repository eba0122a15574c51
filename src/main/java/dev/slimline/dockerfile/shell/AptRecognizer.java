package dev.slimline.dockerfile.shell;

import java.util.Optional;
import java.util.Set;

/** apt-get, apt and aptitude. */
public final class AptRecognizer implements ToolRecognizer {

    private static final Set<String> TOOLS = Set.of("apt-get", "apt", "aptitude");
    private static final Set<String> WITH_VALUE = Set.of("-o", "--option", "-t", "--target-release", "-c", "--config-file");

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        return ToolRecognizer.argumentsOf(command, TOOLS, WITH_VALUE).map(args -> {
            boolean noRecommends = args.has("--no-install-recommends")
                    || args.values("-o", "--option").stream().map(o -> o.replace(" ", ""))
                    .anyMatch(o -> o.equalsIgnoreCase("APT::Install-Recommends=false") || o.equalsIgnoreCase("APT::Install-Recommends=0"));
            boolean yes = args.has("-y", "--yes", "--assume-yes", "--force-yes");
            return new AptCommand(command, command.program(), args.action(), args.rest(), yes, noRecommends);
        });
    }
}
