package dev.slimline.dockerfile.shell;

import java.util.List;

/** {@code rm}: the paths removed and whether recursively. */
public record RmCommand(ShellCommand source, List<String> paths, boolean recursive, boolean force) implements ToolCommand {

    public RmCommand {
        paths = List.copyOf(paths);
    }

    /**
     * True when this removes {@code directory} itself, its contents ({@code dir/*}) or a parent of it.
     * {@code ~} and {@code $HOME} are read as /root, the home of the default user.
     */
    public boolean removes(String directory) {
        String wanted = trim(directory);
        for (String path : paths) {
            String p = trim(path.replaceFirst("^(~|\\$HOME|\\$\\{HOME})(?=/|$)", "/root"));
            if (p.isEmpty()) {
                continue;
            }
            if (p.equals(wanted) || wanted.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    private static String trim(String path) {
        String p = path;
        while (true) {
            if (p.endsWith("/*")) {
                p = p.substring(0, p.length() - 2);
            } else if (p.length() > 1 && p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            } else {
                return p;
            }
        }
    }
}
