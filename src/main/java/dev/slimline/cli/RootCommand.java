package dev.slimline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command without its subcommands: {@link Main} adds only the one being run to it, because building
 * picocli's model of all of them by reflection was most of the start-up of every run. {@link SlimlineCommand} is the
 * whole tree (help, completion script, man pages).
 */
@Command(
        name = "slimline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        modelTransformer = SummaryHeaders.class,
        description = "Makes Docker images small, proves it by building and running them, and keeps them small in CI.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:findings at or above --fail-on, a failed check or budget",
            "2:usage error",
            "3:bad input (path, Dockerfile, config, archive)",
            "4:Docker engine or scanner unavailable, unknown image",
            "70:internal error (a bug: please report it with --debug output)"})
public class RootCommand {

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    void setDebug(boolean debug) {
        DebugOption.set(debug);
    }
}
