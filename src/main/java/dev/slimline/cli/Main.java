package dev.slimline.cli;

import picocli.CommandLine;

/** Entry point: builds the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(newCommandLine(), args));
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

    /** The fully configured command line, shared by {@link #main} and tests. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new SlimlineCommand());
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
