package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.engine.EngineInfo;
import dev.slimline.engine.TestEngines;
import org.junit.jupiter.api.Test;

/** {@code slimline engine info} against the engine running on this machine. */
class EngineInfoCommandIT {

    @Test
    void printsTheRealEnginesVersionAndTheBuilderItWillUse() {
        EngineInfo expected = TestEngines.real().info();

        CliHarness.Result result = CliHarness.run("engine", "info");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("client:          " + expected.client() + "\n")
                .contains("server version:  " + expected.serverVersion() + "\n")
                .contains("storage driver:  " + expected.storageDriver() + "\n");
        assertThat(expected.serverVersion()).matches("\\d+\\.\\d+\\..*");
    }

    @Test
    void aChosenClientIsTheOneUsed() {
        String client = TestEngines.real().info().client().toString();

        CliHarness.Result result = CliHarness.run("engine", "info", "--docker", client);

        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).startsWith("client:          " + client + "\n");
    }
}
