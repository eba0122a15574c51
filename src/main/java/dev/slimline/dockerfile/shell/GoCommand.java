package dev.slimline.dockerfile.shell;

import java.util.List;

/** The {@code go} tool: {@code build}, {@code install}, {@code mod download}, ... and their operands. */
public record GoCommand(ShellCommand source, String action, List<String> operands) implements ToolCommand {

    public GoCommand {
        operands = List.copyOf(operands);
    }

    /** Compiles code: go build or go install. */
    public boolean compiles() {
        return action.equals("build") || action.equals("install");
    }
}
