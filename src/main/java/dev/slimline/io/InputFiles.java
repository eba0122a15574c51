package dev.slimline.io;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads a file the user named or the project holds, bounded: only a regular file (a FIFO would block forever,
 * {@code /dev/zero} never ends), at most {@code maxBytes} (README "Limits"). Every failure is one BAD_INPUT line
 * naming the file.
 */
public final class InputFiles {

    /** A Dockerfile: the largest real ones are tens of KB; parsing 4 MB takes about a second. */
    public static final int MAX_DOCKERFILE_BYTES = 4 << 20;
    /** {@code .slimline.yaml}, {@code .dockerignore}, {@code next.config.js} and other small project files. */
    public static final int MAX_CONFIG_BYTES = 1 << 20;

    /** A project file read whole: manifests and lockfiles (a large monorepo's package-lock.json is tens of MB). */
    public static final int MAX_PROJECT_FILE_BYTES = 64 << 20;

    private InputFiles() {
    }

    /** The file's bytes. */
    public static byte[] readBytes(Path file, int maxBytes) {
        requireRegularFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(file, maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** The file's text; bytes that are not UTF-8 are BAD_INPUT "not UTF-8 text", never replaced or guessed. */
    public static String readUtf8(Path file, int maxBytes) {
        byte[] bytes = readBytes(file, maxBytes);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw SlimlineException.badInput(SourceLocation.of(file), "not UTF-8 text");
        }
    }

    /** Throws BAD_INPUT unless {@code file} is a regular file (or a symlink to one), saying what it is instead. */
    public static void requireRegularFile(Path file) {
        whyNotRegular(file).ifPresentOrElse(reason -> {
            throw SlimlineException.badInput(SourceLocation.of(file), reason);
        }, () -> { });
    }

    /** Why {@code file} is not a readable regular file ("no such file", "is a directory", "is a FIFO ..."). */
    public static Optional<String> whyNotRegular(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of("no such file");
        } catch (IOException e) {
            return Optional.of("cannot read: " + reason(e));
        }
        if (attributes.isRegularFile()) {
            return Optional.empty();
        }
        return Optional.of(attributes.isDirectory() ? "is a directory, not a file"
                : "is a FIFO, socket or device, not a regular file");
    }

    private static SlimlineException tooLarge(Path file, int maxBytes) {
        return SlimlineException.badInput(SourceLocation.of(file),
                "larger than the limit of " + (maxBytes >> 20) + " MiB for this kind of file");
    }

    private static SlimlineException cannotRead(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return SlimlineException.badInput(SourceLocation.of(file), "no such file");
        }
        return SlimlineException.badInput(SourceLocation.of(file), "cannot read: " + reason(e));
    }

    private static String reason(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }
}
