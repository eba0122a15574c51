package dev.slimline.optimize;

import dev.slimline.project.DockerfileService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where optimize writes a service's ignore file so that BuildKit reads it for that build and for no other:
 * {@code <context>/.dockerignore} only when the context is the Dockerfile's own folder and no other service builds
 * from it; otherwise {@code <Dockerfile>.dockerignore} beside the Dockerfile, which BuildKit prefers for that
 * Dockerfile, so a shared context's (often the repository root's) {@code .dockerignore} is never overwritten.
 */
public final class IgnoreFilePlacement {

    private IgnoreFilePlacement() {
    }

    /**
     * @param service the service optimized
     * @param all every service of the project (the service itself may be among them)
     */
    public static Path of(DockerfileService service, List<DockerfileService> all) {
        Path dedicated = dedicatedFile(service.dockerfile());
        Path context = service.context().toAbsolutePath().normalize();
        boolean ownFolder = context.equals(service.dockerfile().toAbsolutePath().normalize().getParent());
        boolean shared = all.stream().anyMatch(other -> sameDir(other.context(), context)
                && !sameFile(other.dockerfile(), service.dockerfile()));
        if (Files.exists(dedicated) || !ownFolder || shared) {
            return dedicated;
        }
        return context.resolve(".dockerignore");
    }

    /** {@code services/api/Dockerfile} → {@code services/api/Dockerfile.dockerignore}. */
    public static Path dedicatedFile(Path dockerfile) {
        return dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore");
    }

    private static boolean sameDir(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b);
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
