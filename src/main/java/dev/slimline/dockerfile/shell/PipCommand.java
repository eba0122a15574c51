package dev.slimline.dockerfile.shell;

import java.util.List;

/** pip (any spelling: pip3, pip3.11, python -m pip): action, packages, {@code -r} files, {@code --no-cache-dir}. */
public record PipCommand(ShellCommand source, String action, List<String> packages, List<String> requirementFiles,
                         boolean noCacheDir) implements ToolCommand {

    public PipCommand {
        packages = List.copyOf(packages);
        requirementFiles = List.copyOf(requirementFiles);
    }

    public boolean isInstall() {
        return action.equals("install");
    }
}
