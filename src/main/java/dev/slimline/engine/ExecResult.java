package dev.slimline.engine;

/** The outcome of a command run in a container. */
public record ExecResult(int exitCode, String stdout, String stderr) {

    public boolean succeeded() {
        return exitCode == 0;
    }
}
