package dev.slimline.cli;

import dev.slimline.SlimlineException;
import dev.slimline.io.TerminalText;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns exceptions from commands into one line on stderr and a documented exit code. */
final class UserErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code;
        String line;
        if (exception instanceof SlimlineException user) {
            code = user.kind() == SlimlineException.Kind.BAD_INPUT ? ExitCodes.BAD_INPUT : ExitCodes.UNAVAILABLE;
            line = user.oneLine();
        } else if (exception instanceof UncheckedIOException io && io.getCause() instanceof NoSuchFileException missing) {
            code = ExitCodes.BAD_INPUT;
            line = missing.getFile() + ": no such file or directory";
        } else {
            code = ExitCodes.INTERNAL;
            line = "internal error: " + exception + " (run again with --debug for the stack trace)";
        }
        err.println("slimline: " + TerminalText.escape(line));
        if (DebugOption.enabled()) {
            exception.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
