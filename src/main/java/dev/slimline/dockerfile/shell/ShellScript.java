package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Optional;

/** A script split into its simple commands, in order. */
public record ShellScript(String text, List<ShellCommand> commands) {

    public ShellScript {
        commands = List.copyOf(commands);
    }

    /** The command that reads the output of {@code commands().get(index)} through a pipe, if any. */
    public Optional<ShellCommand> pipedInto(int index) {
        if (index < 0 || index + 1 >= commands.size() || commands.get(index).next() != Operator.PIPE) {
            return Optional.empty();
        }
        return Optional.of(commands.get(index + 1));
    }
}
