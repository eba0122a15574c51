package dev.slimline.dockerfile.shell;

import java.util.List;

/** {@code yum}, {@code dnf} or {@code microdnf}: action, operands ({@code clean all} gives action clean, [all]). */
public record YumCommand(ShellCommand source, String tool, String action, List<String> operands, boolean assumeYes)
        implements ToolCommand {

    public YumCommand {
        operands = List.copyOf(operands);
    }

    public boolean isInstall() {
        return action.equals("install") || action.equals("groupinstall") || action.equals("localinstall");
    }

    /** {@code clean all}: drops the metadata and package cache. */
    public boolean isCleanAll() {
        return action.equals("clean") && operands.contains("all");
    }

    public boolean isUpgrade() {
        return action.equals("update") || action.equals("upgrade") || action.equals("distro-sync");
    }
}
