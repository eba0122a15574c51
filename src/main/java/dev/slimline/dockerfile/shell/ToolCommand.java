package dev.slimline.dockerfile.shell;

/** A command slimline understands: a package manager, downloader or file tool, with the flags that matter. */
public sealed interface ToolCommand
        permits AptCommand, ApkCommand, YumCommand, PipCommand, NodePackageCommand, GemCommand, GoCommand,
        JvmBuildCommand, DownloadCommand, RmCommand, ChmodCommand {

    /** The simple command this was read from (for its offsets in the script). */
    ShellCommand source();
}
