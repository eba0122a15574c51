package dev.slimline.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds programs on PATH, the way a shell would, but all of them and not just the first. */
@FunctionalInterface
public interface ExecutableLocator {

    /** Every executable called {@code name} on PATH, in PATH order, each program once (symlinks and /bin → /usr/bin). */
    List<Path> findAll(String name);

    /** Searches the PATH of {@code env}. */
    static ExecutableLocator onPath(Map<String, String> env) {
        return name -> {
            List<Path> found = new ArrayList<>();
            Set<Path> seen = new LinkedHashSet<>();
            for (String dir : env.getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate) && seen.add(realPath(candidate))) {
                    found.add(candidate);
                }
            }
            return found;
        };
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
