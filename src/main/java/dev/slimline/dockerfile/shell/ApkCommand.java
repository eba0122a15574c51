package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.Optional;

/** Alpine's {@code apk}: the action, packages, {@code --no-cache}, {@code --virtual NAME} and {@code --update}. */
public record ApkCommand(ShellCommand source, String action, List<String> packages, boolean noCache,
                         Optional<String> virtualName, boolean update) implements ToolCommand {

    public ApkCommand {
        packages = List.copyOf(packages);
    }

    public boolean isAdd() {
        return action.equals("add");
    }

    public boolean isDel() {
        return action.equals("del");
    }

    public boolean isUpgrade() {
        return action.equals("upgrade");
    }
}
