package dev.slimline.verify;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/** A copy of a build context with some files replaced, so an optimization that edits them never touches the user's. */
final class ContextCopy {

    private ContextCopy() {
    }

    static Path withEdits(Path context, Path copy, Map<String, String> edits) throws IOException {
        Path source = context.toAbsolutePath().normalize();
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (dir.getFileName() != null && dir.getFileName().toString().equals(".git")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(copy.resolve(source.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, copy.resolve(source.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
        for (Map.Entry<String, String> edit : edits.entrySet()) {
            Path target = copy.resolve(edit.getKey()).normalize();
            if (!target.startsWith(copy)) {
                throw new IllegalArgumentException("context edit outside the context: " + edit.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, edit.getValue());
        }
        return copy;
    }
}
