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
    void unknownOptionIsAUsageErrorOnOneLinePlusHint() {
        CliHarness.Result result = CliHarness.run("--no-such-option");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err().lines()).hasSize(2);
        assertThat(result.err()).startsWith("slimline: Unknown option: '--no-such-option'");
    }
}
