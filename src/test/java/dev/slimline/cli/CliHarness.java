package dev.slimline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command line in-process and captures what it prints. */
public final class CliHarness {

    /** Exit code and both streams of one run. */
    public record Result(int exitCode, String out, String err) {
    }

    private CliHarness() {
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.newCommandLine(args, System.getenv());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        DebugOption.set(false);
        return new Result(code, out.toString(), err.toString());
    }
}
