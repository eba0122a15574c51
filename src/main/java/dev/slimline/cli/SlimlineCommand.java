package dev.slimline.cli;

import picocli.CommandLine.Command;

/** The root command with every job as a subcommand; its options and texts are {@link RootCommand}'s. */
@Command(
        name = "slimline",
        subcommands = {AuditCommand.class, EngineCommand.class, InspectCommand.class, SbomCommand.class, ScanCommand.class, DbCommand.class, GateCommand.class, CiCommand.class, OptimizeCommand.class, VerifyCommand.class})
public final class SlimlineCommand extends RootCommand {
}
