package dev.slimline.cli;

import java.util.Map;
import picocli.CommandLine;

/** Entry point: builds the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(newCommandLine(args, System.getenv()), args));
    }

    /**
     * Runs the command. A report that could not be written to stdout (a full disk, {@code > /dev/full}, a closed
     * pipe) is not a success: PrintWriter and PrintStream swallow write errors, so they are asked afterwards.
     */
    static int execute(CommandLine commandLine, String... args) {
        int code = commandLine.execute(args);
        boolean failed = commandLine.getOut().checkError() | System.out.checkError();
        if (failed && code <= ExitCodes.FINDINGS) {
            commandLine.getErr().println("slimline: cannot write to standard output (disk full or output closed)");
            commandLine.getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        return code;
    }

    /** The fully configured command line with every subcommand (tests; {@link #main} builds only what it runs). */
    public static CommandLine newCommandLine() {
        return newCommandLine(System.getenv());
    }

    /** The command line with option defaults from {@code environment} ({@link EnvironmentDefaults}). */
    static CommandLine newCommandLine(Map<String, String> environment) {
        return configure(new CommandLine(new SlimlineCommand()), environment);
    }

    /**
     * The command line for {@code args}: the root with only the subcommand they name, the root alone for
     * {@code --version}, else (help, usage errors) the whole tree. Picocli builds a command's model by reflection;
     * building all of them cost about a third of an empty audit's CPU (bench/README.md).
     */
    static CommandLine newCommandLine(String[] args, Map<String, String> environment) {
        if (SubcommandLookup.versionOnly(args)) {
            return configure(new CommandLine(new RootCommand()), environment);
        }
        Class<?> subcommand = SubcommandLookup.named(args);
        if (subcommand == null) {
            return newCommandLine(environment);
        }
        CommandLine commandLine = new CommandLine(new RootCommand());
        commandLine.addSubcommand(new CommandLine(subcommand));
        new SummaryHeaders().transform(commandLine.getCommandSpec());
        return configure(commandLine, environment);
    }

    /** The settings every command line gets, applied once its subcommands are in place (they inherit them). */
    private static CommandLine configure(CommandLine commandLine, Map<String, String> environment) {
        commandLine.setDefaultValueProvider(new EnvironmentDefaults(environment));
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        CommandSummaries.install(commandLine);
        return commandLine;
    }
}
