package dev.slimline.dockerfile.shell;

import java.util.List;

/** {@code apt-get}, {@code apt} or {@code aptitude}: the action, the packages and the flags that change image size. */
public record AptCommand(ShellCommand source, String tool, String action, List<String> packages,
                         boolean assumeYes, boolean noInstallRecommends) implements ToolCommand {

    public AptCommand {
        packages = List.copyOf(packages);
    }

    public boolean isInstall() {
        return action.equals("install");
    }

    public boolean isUpdate() {
        return action.equals("update");
    }

    public boolean isUpgrade() {
        return action.equals("upgrade") || action.equals("dist-upgrade") || action.equals("full-upgrade");
    }

    /** {@code clean} or {@code autoclean}: empties /var/cache/apt/archives. */
    public boolean isClean() {
        return action.equals("clean") || action.equals("autoclean");
    }
}
