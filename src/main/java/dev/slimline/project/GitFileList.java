package dev.slimline.project;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The files git would show for a directory: tracked ones and untracked ones not ignored
 * ({@code git ls-files --cached --others --exclude-standard}). Discovery uses it so that whatever the project's
 * {@code .gitignore} excludes (build output, vendored copies, editor backups) is never taken for a service.
 * Outside a work tree, or without git, there is no list and the caller walks the tree itself.
 */
final class GitFileList {

    private static final long TIMEOUT_SECONDS = 30;

    private GitFileList() {
    }

    /** Files under {@code dir}, relative to it, or empty when {@code dir} is not inside a git work tree. */
    static Optional<List<Path>> under(Path dir) {
        ProcessBuilder builder = new ProcessBuilder("git", "-C", dir.toString(), "ls-files", "-z", "--cached",
                "--others", "--exclude-standard").redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GIT_OPTIONAL_LOCKS", "0"); // a read must not take the index lock
        try {
            Process process = builder.start();
            byte[] out = readAll(process.getInputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0) {
                return Optional.empty(); // not a work tree, or a git too old to answer: walk instead
            }
            List<Path> files = new ArrayList<>();
            for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
                if (!name.isEmpty()) {
                    files.add(Path.of(name));
                }
            }
            return Optional.of(List.copyOf(files));
        } catch (IOException e) {
            return Optional.empty(); // no git on PATH
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
