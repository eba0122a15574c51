package dev.slimline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code slimline engine ...}: what slimline knows about the Docker engine. */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = "Show the Docker engine, builder and compose slimline uses.",
        subcommands = {EngineInfoCommand.class})
final class EngineCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: info");
    }
}
