package dev.slimline.cli;

import dev.slimline.SlimlineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a report file the user named: to a temporary file beside it, then moved into place in one step. */
final class OutputFiles {

    private OutputFiles() {
    }

    static void writeAtomically(Path file, String text) {
        Path absolute = file.toAbsolutePath();
        Path dir = absolute.getParent();
        try {
            Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw SlimlineException.badInput(file + ": cannot write: " + e.getMessage());
        }
    }
}
