package dev.slimline.ci;

/** How a workflow {@code slimline ci init} writes gets slimline onto the CI runner; never "it is already there". */
public enum InstallMethod {
    /** {@code docker load} of the release's image tarball; slimline runs in its container against the job's engine. */
    IMAGE,
    /** The release's shaded jar, run on the runner's Java 21. */
    JAR,
    /** GitHub only: every slimline step is the slimline Action, pinned by its release tag. */
    ACTION,
    /** The team provides slimline (a committed jar, a job image): the workflow calls that command, checked first. */
    COMMAND
}
