package dev.slimline.cli;

import java.util.Map;
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
        return newCommandLine(System.getenv());
    }

    /** The command line with option defaults from {@code environment} ({@link EnvironmentDefaults}). */
    static CommandLine newCommandLine(Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new SlimlineCommand());
        commandLine.setDefaultValueProvider(new EnvironmentDefaults(environment));
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        CommandSummaries.install(commandLine);
        return commandLine;
    }
}
