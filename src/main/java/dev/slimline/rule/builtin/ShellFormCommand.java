package dev.slimline.rule.builtin;

import dev.slimline.dockerfile.Command;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.Operator;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.dockerfile.shell.ShellSplitter;
import dev.slimline.rule.Category;
import dev.slimline.rule.Finding;
import dev.slimline.rule.Fix;
import dev.slimline.rule.Rule;
import dev.slimline.rule.RuleContext;
import dev.slimline.rule.RuleInfo;
import dev.slimline.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CMD or ENTRYPOINT in shell form in the final image: the app runs under {@code /bin/sh -c}, which does not
 * forward SIGTERM, so {@code docker stop} waits 10 s and then kills it.
 */
@RuleInfo(id = "SL3002", summary = "Use JSON (exec) form for CMD and ENTRYPOINT", severity = Severity.LOW,
        category = Category.RELIABILITY, hadolint = "DL3025", buildkit = "JSONArgsRecommended")
public final class ShellFormCommand implements Rule {

    private static final Pattern SHELL_SYNTAX = Pattern.compile("(?s).*[$`*?<>\\\\].*");

    @Override
    public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        for (Stage stage : context.shippedStages()) {
            for (Instruction instruction : stage.instructions()) {
                Command command = instruction instanceof Instruction.Cmd cmd ? cmd.command()
                        : instruction instanceof Instruction.Entrypoint entrypoint ? entrypoint.command() : null;
                if (command instanceof Command.ShellForm shell) {
                    findings.add(finding(dockerfile, instruction.span(), instruction.keyword()
                            + " in shell form runs under /bin/sh -c, which does not pass signals on; use the JSON form",
                            execForm(instruction, shell.script())));
                }
            }
        }
        return findings;
    }

    /** The exec form of a script that is one plain command (no operators, variables or globs). */
    private static Optional<Fix> execForm(Instruction instruction, String script) {
        List<ShellCommand> commands = ShellSplitter.split(script).commands();
        if (commands.size() != 1 || commands.get(0).next() != Operator.END || !commands.get(0).assignments().isEmpty()
                || SHELL_SYNTAX.matcher(script).matches()) {
            return Optional.empty();
        }
        StringBuilder json = new StringBuilder(instruction.keyword()).append(" [");
        List<String> argv = commands.get(0).argv();
        for (int i = 0; i < argv.size(); i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(argv.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        json.append(']');
        return Optional.of(Fix.replace("use the JSON form", instruction.span(), json.toString()));
    }
}
