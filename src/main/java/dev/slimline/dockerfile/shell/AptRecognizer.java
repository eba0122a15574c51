package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** apt-get, apt and aptitude. */
public final class AptRecognizer implements ToolRecognizer {

    private static final Set<String> TOOLS = Set.of("apt-get", "apt", "aptitude");
    private static final Set<String> WITH_VALUE = Set.of("-o", "--option", "-t", "--target-release", "-c", "--config-file");

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        if (argv.isEmpty() || !TOOLS.contains(argv.get(0))) {
            return Optional.empty();
        }
        ParsedArgs args = ParsedArgs.parse(argv.subList(1, argv.size()), WITH_VALUE);
        boolean noRecommends = args.has("--no-install-recommends")
                || args.values("-o", "--option").stream().anyMatch(o -> o.replace(" ", "").equalsIgnoreCase("APT::Install-Recommends=false")
                        || o.replace(" ", "").equalsIgnoreCase("APT::Install-Recommends=0"));
        boolean yes = args.has("-y", "--yes", "--assume-yes", "--force-yes");
        return Optional.of(new AptCommand(command, argv.get(0), args.action(), args.rest(), yes, noRecommends));
    }
}
