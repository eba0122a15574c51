package dev.slimline.engine;

import dev.slimline.SlimlineException;
import java.util.List;

/** A {@code docker} command that failed or timed out; the message names the command and the engine's reason. */
public class EngineCommandException extends SlimlineException {

    private final List<String> argv;
    private final int exitCode;

    public EngineCommandException(List<String> argv, int exitCode, String message) {
        super(Kind.UNAVAILABLE, message);
        this.argv = List.copyOf(argv);
        this.exitCode = exitCode;
    }

    /** The command line that failed. */
    public List<String> argv() {
        return argv;
    }

    /** The command's exit code, or -1 when it timed out or could not start. */
    public int exitCode() {
        return exitCode;
    }
}
