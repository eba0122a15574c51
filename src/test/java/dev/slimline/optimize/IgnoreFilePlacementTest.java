package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.project.DockerfileService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ignore file goes where BuildKit reads it for that build only. */
class IgnoreFilePlacementTest {

    private static DockerfileService service(Path dockerfile, Path context) {
        return new DockerfileService(dockerfile.toString(), dockerfile, context, Optional.empty());
    }

    @Test
    void aServiceBuiltInItsOwnFolderGetsTheFoldersDockerignore(@TempDir Path repo) {
        DockerfileService api = service(repo.resolve("api/Dockerfile"), repo.resolve("api"));
        DockerfileService worker = service(repo.resolve("worker/Dockerfile"), repo.resolve("worker"));

        assertThat(IgnoreFilePlacement.of(api, List.of(api, worker))).isEqualTo(repo.resolve("api/.dockerignore"));
    }

    @Test
    void aServiceBuiltFromTheRootContextGetsItsDockerfilesOwnIgnoreFile(@TempDir Path repo) {
        DockerfileService api = service(repo.resolve("services/api/Dockerfile"), repo);

        // even alone: the context's .dockerignore is the repository root's, shared by whatever else builds there
        assertThat(IgnoreFilePlacement.of(api, List.of(api)))
                .isEqualTo(repo.resolve("services/api/Dockerfile.dockerignore"));
    }

    @Test
    void twoDockerfilesSharingAFolderEachGetTheirOwn(@TempDir Path repo) {
        DockerfileService app = service(repo.resolve("Dockerfile"), repo);
        DockerfileService prod = service(repo.resolve("Dockerfile.prod"), repo);

        assertThat(IgnoreFilePlacement.of(app, List.of(app, prod))).isEqualTo(repo.resolve("Dockerfile.dockerignore"));
        assertThat(IgnoreFilePlacement.of(prod, List.of(app, prod)))
                .isEqualTo(repo.resolve("Dockerfile.prod.dockerignore"));
    }

    @Test
    void anExistingDockerfileIgnoreFileIsTheOneBuildKitReads(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve("api"));
        Files.writeString(repo.resolve("api/Dockerfile.dockerignore"), "node_modules\n");
        DockerfileService api = service(repo.resolve("api/Dockerfile"), repo.resolve("api"));

        assertThat(IgnoreFilePlacement.of(api, List.of(api))).isEqualTo(repo.resolve("api/Dockerfile.dockerignore"));
    }
}
