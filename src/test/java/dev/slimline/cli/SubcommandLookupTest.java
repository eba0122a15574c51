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
    void versionAloneIsAnsweredByTheRoot() {
        assertThat(SubcommandLookup.versionOnly("--version")).isTrue();
        assertThat(SubcommandLookup.versionOnly("-V")).isTrue();
        assertThat(SubcommandLookup.versionOnly("--debug", "--version")).isTrue();
        assertThat(SubcommandLookup.versionOnly("--version", "audit")).isFalse();
        assertThat(SubcommandLookup.versionOnly("--help")).isFalse();
        assertThat(SubcommandLookup.versionOnly()).isFalse();

        CommandLine root = Main.newCommandLine(new String[] {"--version"}, Map.of());
        assertThat(root.getSubcommands()).isEmpty();
        assertThat(version(root)).isNotBlank().isEqualTo(version(Main.newCommandLine(Map.of())));
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

    private static String version(CommandLine commandLine) {
        StringWriter text = new StringWriter();
        commandLine.setOut(new PrintWriter(text));
        assertThat(commandLine.execute("--version")).isZero();
        return text.toString();
    }

    private static String help(CommandLine commandLine) {
        StringWriter text = new StringWriter();
        commandLine.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        return text.toString();
    }
}
