package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootCommandTest {

    @Test
    void helpListsTheExitCodes() {
        CliHarness.Result result = CliHarness.run("--help");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("Exit codes:").contains("70").contains("--debug");
    }

    @Test
    void helpListsEveryCommandWithItsWholeFirstSentence() {
        String help = CliHarness.run("--help").out();
        String commands = help.substring(help.indexOf("Commands:"), help.indexOf("Exit codes:"));

        for (String name : Main.newCommandLine().getSubcommands().keySet()) {
            assertThat(commands).containsPattern("(?m)^  " + name + " ");
        }
        // audit's first description line ends mid-sentence ("…the estimated size (~),"): the summary goes on to its end
        String audit = commands.substring(commands.indexOf("  audit "), commands.indexOf("  engine "))
                .replaceAll("\\s+", " ");
        assertThat(audit).contains("estimated size (~),").endsWith(". ");
    }

    @Test
    void jsonReportsCarryTheSchemaVersionFirst() {
        CliHarness.Result result = CliHarness.run("audit", "src/test/resources/fixtures/optimize/go-stdlib/Dockerfile",
                "--format", "json");

        assertThat(result.out()).as(result.err()).startsWith("{\n  \"schemaVersion\" : 1,\n");
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLinePlusHint() {
        CliHarness.Result result = CliHarness.run("--no-such-option");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines()).hasSize(2);
        assertThat(result.err()).startsWith("slimline: Unknown option: '--no-such-option'");
    }
}
