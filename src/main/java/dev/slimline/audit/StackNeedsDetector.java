package dev.slimline.audit;

import dev.slimline.dockerfile.Command;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.knowledge.BuildOnlyPackages;
import dev.slimline.knowledge.StackNeeds;
import java.util.regex.Pattern;

/**
 * What the application in a Dockerfile needs from a runtime image, so the savings estimate only promises a
 * base the optimizer could really use: compiled native code needs glibc, shell features in CMD or an
 * entrypoint script need a shell.
 */
final class StackNeedsDetector {

    private static final Pattern SHELL_SCRIPT = Pattern.compile("(?s).*\\.sh(\\s.*)?");

    private StackNeedsDetector() {
    }

    static StackNeeds detect(ImageStages image) {
        StackNeeds needs = StackNeeds.NONE;
        for (Instruction instruction : image.instructions()) {
            if (instruction instanceof Instruction.Run run) {
                for (AptCommand apt : image.analysis(run).tools(AptCommand.class)) {
                    if (apt.isInstall() && apt.packages().stream()
                            .anyMatch(BuildOnlyPackages.bundled()::isCompilerOrHeaders)) {
                        needs = needs.withGlibc("native code is compiled against glibc (" + instruction.raw().keyword()
                                + " line " + instruction.span().startLine() + ")");
                    }
                }
            } else if (instruction instanceof Instruction.Cmd cmd && usesShell(cmd.command())) {
                needs = needs.withShell("CMD uses shell features (line " + cmd.span().startLine() + ")");
            } else if (instruction instanceof Instruction.Entrypoint entrypoint && usesShell(entrypoint.command())) {
                needs = needs.withShell("ENTRYPOINT needs a shell (line " + entrypoint.span().startLine() + ")");
            }
        }
        return needs;
    }

    /** Shell operators, expansions or a shell script; plain {@code node server.js} in shell form does not count. */
    private static boolean usesShell(Command command) {
        String text = switch (command) {
            case Command.ShellForm shell -> shell.script();
            case Command.ExecForm exec -> String.join(" ", exec.arguments());
        };
        boolean operators = command instanceof Command.ShellForm
                && (text.contains("&&") || text.contains("||") || text.contains("|") || text.contains(";")
                        || text.contains("$") || text.contains(">") || text.contains("`"));
        return operators || SHELL_SCRIPT.matcher(text).matches();
    }
}
