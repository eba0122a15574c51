package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SummaryHeadersTest {

    /** Built from the annotations alone, as picocli's man page generator builds it. */
    @Test
    void everyCommandsHeaderIsTheWholeFirstSentenceOfItsDescription() {
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(SlimlineCommand.class), all);
        assertThat(all).hasSizeGreaterThan(10);
        for (CommandLine command : all) {
            String[] header = command.getCommandSpec().usageMessage().header();
            assertThat(header).as(command.getCommandName()).hasSize(1);
            assertThat(header[0]).as(command.getCommandName()).endsWith(".")
                    .isEqualTo(CommandSummaries.summary(command.getCommandSpec().usageMessage()));
        }
        assertThat(all.stream().filter(c -> c.getCommandName().equals("audit")).findFirst().orElseThrow()
                .getCommandSpec().usageMessage().header()[0])
                .startsWith("Audits every Dockerfile under DIR").endsWith("and the estimated saving.");
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }
}
