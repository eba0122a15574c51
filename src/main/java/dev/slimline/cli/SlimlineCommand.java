package dev.slimline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command; every job is a subcommand. */
@Command(
        name = "slimline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        modelTransformer = SummaryHeaders.class,
        description = "Makes Docker images small, proves it by building and running them, and keeps them small in CI.",
        subcommands = {AuditCommand.class, EngineCommand.class, InspectCommand.class, SbomCommand.class, ScanCommand.class, DbCommand.class, GateCommand.class, CiCommand.class, OptimizeCommand.class, VerifyCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:findings at or above --fail-on, a failed check or budget",
            "2:usage error",
            "3:bad input (path, Dockerfile, config, archive)",
            "4:Docker engine or scanner unavailable, unknown image",
            "70:internal error (a bug: please report it with --debug output)"})
public final class SlimlineCommand {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    void setDebug(boolean debug) {
        DebugOption.set(debug);
    }
}
