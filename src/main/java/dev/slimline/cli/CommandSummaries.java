package dev.slimline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The "Commands:" section of {@code --help}: each subcommand with the whole first sentence of its description,
 * wrapped, where picocli would print the description's first line and so cut it mid-sentence.
 */
final class CommandSummaries {

    /** A full stop before a capital letter: "e.g. redis" goes on, "… DIR. With --emit" ends. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?= [A-Z])");

    private CommandSummaries() {
    }

    /** Installs the section on {@code commandLine} and every command below it. */
    static void install(CommandLine commandLine) {
        commandLine.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, CommandSummaries::render);
        commandLine.getSubcommands().values().forEach(CommandSummaries::install);
    }

    static String render(Help help) {
        Map<String, Help> subcommands = help.subcommands();
        if (subcommands.isEmpty()) {
            return "";
        }
        int nameWidth = subcommands.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
        int textWidth = Math.max(20, help.commandSpec().usageMessage().width() - nameWidth - 2);
        StringBuilder out = new StringBuilder();
        subcommands.forEach((name, sub) -> {
            List<String> lines = wrap(summary(sub.commandSpec().usageMessage()), textWidth);
            out.append("  ").append(help.colorScheme().commandText(name)).append(" ".repeat(nameWidth - name.length()))
                    .append(lines.get(0)).append(System.lineSeparator());
            for (String line : lines.subList(1, lines.size())) {
                out.append(" ".repeat(nameWidth + 2)).append(line).append(System.lineSeparator());
            }
        });
        return out.toString();
    }

    /** Word wrap at spaces only (picocli's own wrapping also breaks after dots: ".dockerignore", "e.g."). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** The first sentence of the description (or header), its lines joined. */
    static String summary(UsageMessageSpec usage) {
        String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
        String text = String.join(" ", lines).replaceAll("\\s+", " ").strip();
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }
}
