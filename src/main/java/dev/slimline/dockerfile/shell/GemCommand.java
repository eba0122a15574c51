package dev.slimline.dockerfile.shell;

import java.util.List;

/** {@code gem} or {@code bundle}: action, packages, and whether documentation is skipped. */
public record GemCommand(ShellCommand source, String tool, String action, List<String> packages, boolean noDocument)
        implements ToolCommand {

    public GemCommand {
        packages = List.copyOf(packages);
    }

    public boolean isInstall() {
        return action.equals("install");
    }
}
