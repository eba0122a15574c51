package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Every command that writes a report takes the same {@code -o, --output FILE}. */
class ReportOutputOptionTest {

    @Test
    void everyReportingCommandTakesShortAndLongOutput() {
        CommandLine root = Main.newCommandLine();
        for (String command : List.of("audit", "scan", "inspect", "sbom", "verify")) {
            OptionSpec shortName = root.getSubcommands().get(command).getCommandSpec().findOption("-o");
            assertThat(shortName).as(command).isNotNull();
            assertThat(shortName.longestName()).as(command).isEqualTo("--output");
            assertThat(shortName.paramLabel()).as(command).isEqualTo("FILE");
        }
    }
}
