package dev.slimline.dockerfile.shell;

import java.util.List;

/** Maven or Gradle (or their wrappers): the goals or tasks run. */
public record JvmBuildCommand(ShellCommand source, String tool, List<String> tasks) implements ToolCommand {

    public JvmBuildCommand {
        tasks = List.copyOf(tasks);
    }
}
