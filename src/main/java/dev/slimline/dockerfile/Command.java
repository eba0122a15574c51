package dev.slimline.dockerfile;

import java.util.List;

/** The command of RUN, CMD, ENTRYPOINT or HEALTHCHECK CMD: shell form or JSON exec form. */
public sealed interface Command permits Command.ShellForm, Command.ExecForm {

    /** Where the command text is (after flags), continuation lines included. */
    Span span();

    /**
     * Shell form: {@code script} is the command as BuildKit hands it to the shell, continuation lines joined
     * (escape char and line break removed) and comment lines inside the continuation dropped.
     */
    record ShellForm(String script, Span span) implements Command {
    }

    /** JSON exec form ({@code ["executable", "arg"]}); {@code arguments} are the decoded JSON strings. */
    record ExecForm(List<String> arguments, Span span) implements Command {
        public ExecForm {
            arguments = List.copyOf(arguments);
        }
    }
}
