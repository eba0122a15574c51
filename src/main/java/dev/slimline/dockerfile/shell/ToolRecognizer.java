package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one family of tools (apt, apk, pip, ...) out of a simple command. */
public interface ToolRecognizer {

    /** The tool command, or empty when {@code command} is not one of this family's. */
    Optional<ToolCommand> recognize(ShellCommand command);

    /** The arguments after the program when the command runs one of {@code tools}; empty otherwise. */
    static Optional<ParsedArgs> argumentsOf(ShellCommand command, Set<String> tools, Set<String> withValue) {
        List<String> argv = command.effectiveArgv();
        if (argv.isEmpty() || !tools.contains(argv.get(0))) {
            return Optional.empty();
        }
        return Optional.of(ParsedArgs.parse(argv.subList(1, argv.size()), withValue));
    }
}
