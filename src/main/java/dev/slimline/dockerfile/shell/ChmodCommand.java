package dev.slimline.dockerfile.shell;

import java.util.List;
import java.util.regex.Pattern;

/** {@code chmod}: the mode, the paths, whether recursive. */
public record ChmodCommand(ShellCommand source, String mode, List<String> paths, boolean recursive) implements ToolCommand {

    private static final Pattern OCTAL_WORLD_WRITABLE = Pattern.compile("0*[0-7]?[0-7][0-7][2367]");
    private static final Pattern SYMBOLIC_WORLD_WRITABLE = Pattern.compile("(.*,)?[ugo]*[ao][ugo]*\\+[rwxXst]*w.*|(.*,)?\\+[rwxXst]*w.*");

    public ChmodCommand {
        paths = List.copyOf(paths);
    }

    /** True when the mode lets every user write (777, 666, o+w, a+rwx, ...). */
    public boolean worldWritable() {
        return isWorldWritable(mode);
    }

    /** The same test for a mode on its own, e.g. the value of {@code COPY --chmod}. */
    public static boolean isWorldWritable(String mode) {
        return OCTAL_WORLD_WRITABLE.matcher(mode).matches() || SYMBOLIC_WORLD_WRITABLE.matcher(mode).matches();
    }
}
