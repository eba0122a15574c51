package dev.slimline.project;

import dev.slimline.io.TerminalText;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The rule for symlinks met while walking an audited tree: one is followed only when its target is inside the
 * tree. A pull request adding {@code svc/Dockerfile -> ~/.git-credentials} must not make a CI audit read, and
 * publish in its report, a file outside the repository. Links that leave the tree are named on stderr.
 */
public final class TreeLinks {

    private final Path realRoot;

    /** @param root the tree being walked */
    public TreeLinks(Path root) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root.toAbsolutePath().normalize();
        }
        this.realRoot = real;
    }

    /** Whether the symlink {@code link} resolves to a path inside the tree (a dangling link does not). */
    public boolean staysInside(Path link) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /** Tells the user, on stderr, that a link leaving the tree was not followed. */
    public static void reportNotFollowed(Path link) {
        System.err.println("slimline: " + TerminalText.escape(link.toString())
                + ": symlink to a file outside the audited tree; not followed");
    }
}
