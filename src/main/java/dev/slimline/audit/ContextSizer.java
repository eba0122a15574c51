package dev.slimline.audit;

import dev.slimline.project.DockerfileDiscovery;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bytes of a build context that {@code COPY} would send. Dependency and VCS directories count only when no
 * {@code .dockerignore} keeps them out (their presence is exactly the bloat a missing ignore file causes).
 * Cached per context; symlinked directories are not followed.
 */
final class ContextSizer {

    private final Map<String, Long> cache = new ConcurrentHashMap<>();

    long bytes(Path context, boolean ignoresDependencyDirectories) {
        return cache.computeIfAbsent(context.toAbsolutePath().normalize() + "|" + ignoresDependencyDirectories,
                key -> walk(context, ignoresDependencyDirectories));
    }

    private static long walk(Path context, boolean skipDependencyDirectories) {
        long[] total = {0, 0};
        try {
            Files.walkFileTree(context, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return skipDependencyDirectories && !dir.equals(context)
                            && DockerfileDiscovery.isSkippedDirectory(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    total[0] += attrs.size();
                    return ++total[1] >= PayloadModel.MAX_CONTEXT_FILES ? FileVisitResult.TERMINATE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return total[0];
        }
        return total[0];
    }
}
