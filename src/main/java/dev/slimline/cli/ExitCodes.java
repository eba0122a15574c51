package dev.slimline.cli;

/** The documented exit codes of every command (README "Exit codes"). They are a public contract. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Findings at or above {@code --fail-on}, a failed check or an exceeded budget. */
    public static final int FINDINGS = 1;
    /** Wrong command-line usage: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** Bad input: missing path, unparsable Dockerfile, binary file, malformed config, hostile archive. */
    public static final int BAD_INPUT = 3;
    /** Docker engine or scanner unavailable, or an image unknown to the engine. */
    public static final int UNAVAILABLE = 4;
    /** A bug in slimline (BSD sysexits EX_SOFTWARE). */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
