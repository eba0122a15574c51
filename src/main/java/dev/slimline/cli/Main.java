package dev.slimline.cli;

import picocli.CommandLine;

/** Entry point: builds the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The fully configured command line, shared by {@link #main} and tests. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new SlimlineCommand());
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
