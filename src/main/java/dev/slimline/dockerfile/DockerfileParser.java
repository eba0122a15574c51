package dev.slimline.dockerfile;

import dev.slimline.SlimlineException;
import java.nio.file.Path;

/**
 * Parses Dockerfiles as BuildKit does, keeping every character so the model prints back identically.
 * Stateless and thread-safe.
 */
public final class DockerfileParser {

    private DockerfileParser() {
    }

    /**
     * Reads and parses a file.
     *
     * @throws SlimlineException BAD_INPUT "no such file" when it does not exist or cannot be read
     * @throws ParseException    when it is not UTF-8 text, or BuildKit would reject it
     */
    public static Dockerfile parse(Path file) {
        throw new UnsupportedOperationException("parser implementation follows in the next commit");
    }

    /**
     * Parses Dockerfile text; {@code sourceName} (may be {@code null}) names it in error messages.
     *
     * @throws ParseException when the text contains NUL characters, or BuildKit would reject it
     */
    public static Dockerfile parse(String text, Path sourceName) {
        throw new UnsupportedOperationException("parser implementation follows in the next commit");
    }
}
