package dev.slimline.engine;

/**
 * How a program ended and what it printed.
 *
 * @param exitCode its exit code (meaningless when it timed out)
 * @param stdout what it printed, at most the last {@link OutputTail#DEFAULT_LIMIT} bytes
 * @param stderr likewise
 * @param timedOut whether it was killed for running past its timeout
 */
public record ProcessResult(int exitCode, String stdout, String stderr, boolean timedOut) {

    public static ProcessResult ok(String stdout) {
        return new ProcessResult(0, stdout, "", false);
    }

    public static ProcessResult failed(int exitCode, String stderr) {
        return new ProcessResult(exitCode, "", stderr, false);
    }
}
