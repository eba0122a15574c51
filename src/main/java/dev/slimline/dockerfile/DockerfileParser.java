package dev.slimline.dockerfile;

import dev.slimline.SlimlineException;
import dev.slimline.io.InputFiles;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Parses Dockerfiles as BuildKit does, keeping every character so the model prints back identically.
 * Stateless and thread-safe; one linear pass over the text.
 */
public final class DockerfileParser {

    private DockerfileParser() {
    }

    /**
     * Reads and parses a file.
     *
     * @throws SlimlineException BAD_INPUT "no such file" when it does not exist, or another one-line reason when
     *                           it cannot be read
     * @throws ParseException    when it is not UTF-8 text ("not a text file" at 1:1), or BuildKit would reject it
     */
    public static Dockerfile parse(Path file) {
        byte[] bytes = InputFiles.readBytes(file, InputFiles.MAX_DOCKERFILE_BYTES);
        return parse(decode(bytes, file), file);
    }

    /**
     * Parses Dockerfile text; {@code sourceName} (may be {@code null}) names it in errors and in
     * {@link Dockerfile#path()}.
     *
     * @throws ParseException when the text contains NUL characters, or BuildKit would reject it
     */
    public static Dockerfile parse(String text, Path sourceName) {
        if (text.indexOf('\0') >= 0) {
            throw new ParseException(sourceName, 1, 1, "not a text file");
        }
        return new DockerfileReader(new SourceText(text, sourceName)).read();
    }

    private static String decode(byte[] bytes, Path file) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new ParseException(file, 1, 1, "not a text file");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ParseException(file, 1, 1, "not a text file");
        }
    }
}
