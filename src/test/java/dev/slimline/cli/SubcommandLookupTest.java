package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandLookupTest {

    @Test
    void findsTheSubcommandNamedFirstAfterAnyDebug() {
        assertThat(SubcommandLookup.named("audit", ".")).isEqualTo(AuditCommand.class);
        assertThat(SubcommandLookup.named("--debug", "engine", "info")).isEqualTo(EngineCommand.class);
    }

    @Test
    void helpVersionAndUnknownWordsNeedTheWholeTree() {
        assertThat(SubcommandLookup.named()).isNull();
        assertThat(SubcommandLookup.named("--help")).isNull();
        assertThat(SubcommandLookup.named("--version", "audit")).isNull();
        assertThat(SubcommandLookup.named("auditt")).isNull();
        assertThat(SubcommandLookup.named("--debug")).isNull();
    }

    @Test
    void theRootWithOneSubcommandPrintsTheSameHelpAsTheWholeTree() {
        CommandLine whole = Main.newCommandLine(Map.of());
        for (Map.Entry<String, CommandLine> sub : whole.getSubcommands().entrySet()) {
            CommandLine single = Main.newCommandLine(new String[] {sub.getKey()}, Map.of());

            assertThat(single.getSubcommands()).containsOnlyKeys(sub.getKey());
            CommandLine mine = single.getSubcommands().get(sub.getKey());
            assertThat(help(mine)).isEqualTo(help(sub.getValue()));
            for (Map.Entry<String, CommandLine> nested : sub.getValue().getSubcommands().entrySet()) {
                assertThat(help(mine.getSubcommands().get(nested.getKey()))).isEqualTo(help(nested.getValue()));
            }
        }
    }

    private static String help(CommandLine commandLine) {
        StringWriter text = new StringWriter();
        commandLine.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        return text.toString();
    }
}
