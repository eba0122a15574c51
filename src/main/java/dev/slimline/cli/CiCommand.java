package dev.slimline.cli;

import picocli.CommandLine.Command;

/** {@code slimline ci}: CI integration; {@code ci init} writes a gate workflow. */
@Command(name = "ci", mixinStandardHelpOptions = true, description = "CI integration.",
        subcommands = CiInitCommand.class)
public final class CiCommand {
}
