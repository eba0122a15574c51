package dev.slimline.io;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one way slimline writes a file the user named or owns. A regular file is replaced in one step: the text goes
 * to a temporary file beside it (synced), which takes the old file's mode, owner and group, then is renamed over it,
 * so a full disk leaves the old content whole. A symlink ({@code /dev/stdout} is one), a device, FIFO or socket
 * ({@code /dev/full}, a pipe) is written through as a stream and never replaced. A new file gets the process's
 * umask, as any tool's output does.
 *
 * <p>{@link #writeAll} writes a set of files as one transaction: every temporary file is written first, and only
 * when all succeeded are they renamed into place; a failure leaves every target as it was.
 */
public final class AtomicWriter {

    /** One file to write; {@code attributesFrom} names the file whose mode and owner a new file takes (a backup). */
    public record Write(Path target, String text, Optional<Path> attributesFrom) {
        public static Write of(Path target, String text) {
            return new Write(target, text, Optional.empty());
        }
    }

    private AtomicWriter() {
    }

    /** Writes one file; BAD_INPUT "cannot write: ..." naming it when that fails. */
    public static void write(Path target, String text) {
        writeAll(List.of(Write.of(target, text)));
    }

    /** Writes every file or none (see the class comment); BAD_INPUT naming the file that failed. */
    public static void writeAll(List<Write> writes) {
        List<Staged> staged = new ArrayList<>();
        Path current = null;
        try {
            for (Write write : writes) {
                current = write.target();
                staged.add(stage(write));
            }
            for (Staged file : staged) {
                current = file.target();
                file.commit();
            }
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(current), "cannot write: "
                    + (e instanceof AccessDeniedException ? "permission denied" : e.getMessage()));
        } finally {
            for (Staged file : staged) {
                file.discard();
            }
        }
    }

    /** A write prepared but not yet visible: a temporary file to rename, or bytes to stream to a non-regular file. */
    private record Staged(Path target, Path temp, byte[] streamed) {
        void commit() throws IOException {
            if (temp == null) {
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    out.write(streamed);
                }
                return;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        void discard() {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }

    private static Staged stage(Write write) throws IOException {
        byte[] bytes = write.text().getBytes(StandardCharsets.UTF_8);
        Path target = write.target();
        if (Files.isSymbolicLink(target)) {
            // written through, never replaced: /dev/stdout is a link to /proc/self/fd/1, which may be a file
            return new Staged(target, null, bytes);
        }
        Optional<PosixFileAttributes> existing = attributes(target);
        if (existing.isPresent() && existing.get().isDirectory()) {
            throw new IOException("is a directory");
        }
        if (existing.isPresent() && !existing.get().isRegularFile()) {
            return new Staged(target, null, bytes); // device, FIFO, socket: never replaced
        }
        Path real = target.toAbsolutePath();
        Optional<PosixFileAttributes> template = existing.isPresent() ? existing
                : write.attributesFrom().flatMap(AtomicWriter::attributes);
        Files.createDirectories(real.getParent());
        Path temp = real.resolveSibling("." + real.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            Staged staged = new Staged(real, temp, null);
            try {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
                if (template.isPresent()) {
                    keepAttributes(temp, template.get());
                }
            } catch (IOException | RuntimeException e) {
                staged.discard();
                throw e;
            }
            return staged;
        }
    }

    private static Optional<PosixFileAttributes> attributes(Path file) {
        try {
            return Optional.of(Files.readAttributes(file, PosixFileAttributes.class));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Mode always; owner and group when they differ and the process may set them (root, or a group it is in). */
    private static void keepAttributes(Path temp, PosixFileAttributes template) throws IOException {
        Files.setPosixFilePermissions(temp, template.permissions());
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.owner().equals(template.owner())) {
                view.setOwner(template.owner());
            }
            if (!now.group().equals(template.group())) {
                view.setGroup(template.group());
            }
        } catch (IOException e) {
            // only root can give a file away; a user replacing a file of its own keeps the owner anyway
        }
    }
}
