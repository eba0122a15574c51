package dev.slimline.cli;

import static dev.slimline.scan.osv.OsvArchives.record;
import static dev.slimline.scan.osv.OsvArchives.zip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.scan.osv.LocalOsvServer;
import dev.slimline.verify.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code -q, --quiet}: no progress lines, the result still printed. */
class QuietOptionTest {

    @Test
    void quietProgressAndLinesSayNothingWhileTheDefaultsDo() {
        StringWriter loud = new StringWriter();
        QuietOption notQuiet = parse();
        notQuiet.progress(new PrintWriter(loud), false).step("building api");
        notQuiet.lines(new PrintWriter(loud), "slimline: ").accept("built api in 3 s");
        assertThat(loud.toString()).contains("] building api", "slimline: built api in 3 s");

        StringWriter silent = new StringWriter();
        QuietOption quiet = parse("-q");
        Progress progress = quiet.progress(new PrintWriter(silent), true);
        progress.step("building api");
        progress.done();
        quiet.lines(new PrintWriter(silent), "slimline: ").accept("built api in 3 s");
        assertThat(silent.toString()).isEmpty();
    }

    @Test
    void everyCommandThatPrintsProgressTakesQuiet() {
        CommandLine root = Main.newCommandLine();
        for (List<String> path : List.of(List.of("verify"), List.of("optimize"), List.of("gate"), List.of("audit"),
                List.of("db", "update"))) {
            CommandLine command = root;
            for (String name : path) {
                command = command.getSubcommands().get(name);
            }
            assertThat(command.getCommandSpec().findOption("-q")).as(path.toString()).isNotNull();
            assertThat(command.getCommandSpec().findOption("-q").longestName()).isEqualTo("--quiet");
        }
    }

    @Test
    void quietDbUpdatePrintsOnlyTheDatabaseLine(@TempDir Path dir) throws IOException {
        try (LocalOsvServer server = new LocalOsvServer()) {
            server.serve("/osv/npm/all.zip", zip(Map.of("GHSA-1.json", record("GHSA-1", "npm", "a", "0", "1.0.0"))));
            String[] update = {"db", "update", "--db", dir.toString(), "--ecosystem", "npm", "--url",
                server.baseUrl().toString()};

            CliHarness.Result loud = CliHarness.run(update);
            assertThat(loud.exitCode()).as(loud.err()).isZero();
            assertThat(loud.out()).contains("npm            1 advisories").endsWith("database: " + dir + "\n");

            List<String> quietArgs = new java.util.ArrayList<>(List.of(update));
            quietArgs.add("--quiet");
            CliHarness.Result quiet = CliHarness.run(quietArgs.toArray(String[]::new));
            assertThat(quiet.exitCode()).as(quiet.err()).isZero();
            assertThat(quiet.out()).isEqualTo("database: " + dir + "\n");
            assertThat(quiet.err()).isEmpty();
        }
    }

    @Test
    void quietDbUpdateStillPrintsTheError(@TempDir Path dir) throws IOException {
        try (LocalOsvServer server = new LocalOsvServer()) {
            CliHarness.Result result = CliHarness.run("db", "update", "-q", "--db", dir.toString(), "--ecosystem",
                    "npm", "--url", server.baseUrl().toString());
            assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
            assertThat(result.err()).startsWith("slimline: ").contains("npm/all.zip");
        }
    }

    private static QuietOption parse(String... args) {
        QuietOption option = new QuietOption();
        new CommandLine(CommandLine.Model.CommandSpec.create().addMixin("quiet",
                CommandLine.Model.CommandSpec.forAnnotatedObject(option))).parseArgs(args);
        return option;
    }
}
