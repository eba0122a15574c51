package dev.slimline.cli;

import picocli.CommandLine.Command;

/** {@code slimline db}: the offline vulnerability database. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Manages the offline OSV vulnerability database.",
        subcommands = DbUpdateCommand.class)
public final class DbCommand {
}
