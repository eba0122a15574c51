package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The go tool. */
public final class GoRecognizer implements ToolRecognizer {

    private static final Set<String> WITH_VALUE = Set.of("-o", "-ldflags", "-gcflags", "-tags", "-mod", "-p", "-C");

    @Override
    public Optional<ToolCommand> recognize(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        if (argv.isEmpty() || !argv.get(0).equals("go")) {
            return Optional.empty();
        }
        // go's flags are single-dash long names, so they are read as whole words, not bundles
        List<String> operands = argv.subList(1, argv.size()).stream().filter(a -> !a.startsWith("-")).toList();
        ParsedArgs args = new ParsedArgs(operands, java.util.Map.of());
        return Optional.of(new GoCommand(command, args.action(), args.rest()));
    }
}
