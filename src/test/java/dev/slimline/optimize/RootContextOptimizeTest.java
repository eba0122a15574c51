package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.project.BuildSettings;
import dev.slimline.project.DockerfileService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * optimize for the build a definition describes: a Dockerfile in {@code services/<x>} built from the repository root
 * keeps sources the root context can read, extends the ignore file that applies there, and keeps the target stage.
 */
class RootContextOptimizeTest {

    private static final Optimizer OPTIMIZER = new Optimizer(KnowledgeCatalog.bundled());

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** A Node service whose Dockerfile copies only its own folder, built with compose's {@code context: .}. */
    private static DockerfileService nodeServiceAtTheRoot(Path repo) throws IOException {
        write(repo.resolve(".dockerignore"), "**/node_modules\n");
        write(repo.resolve("services/api/package.json"), """
                {"name": "api", "version": "1.0.0", "scripts": {"start": "node server.js"}, "dependencies": {"express": "4.19.2"}}
                """);
        write(repo.resolve("services/api/package-lock.json"), "{\"lockfileVersion\": 3}\n");
        write(repo.resolve("services/api/server.js"), """
                const app = require('express')();
                app.get('/health', (req, res) => res.json({status: 'ok'}));
                app.listen(3000);
                """);
        write(repo.resolve("services/api/Dockerfile"), """
                FROM node:18
                WORKDIR /app
                COPY services/api/package.json services/api/package-lock.json ./
                RUN npm ci
                COPY services/api .
                EXPOSE 3000
                CMD ["node", "server.js"]
                """);
        return new DockerfileService("services/api", repo.resolve("services/api/Dockerfile"), repo,
                Optional.of(repo.resolve(".dockerignore")));
    }

    private static List<String> contextSources(String dockerfile) {
        Dockerfile parsed = DockerfileParser.parse(dockerfile, Path.of("Dockerfile"));
        return parsed.instructions().stream().filter(i -> i instanceof Instruction.FileTransfer)
                .map(i -> (Instruction.FileTransfer) i).filter(t -> t.from().isEmpty())
                .flatMap(t -> t.sources().stream()).toList();
    }

    @Test
    void aTemplateRewriteCopiesFromTheFolderAsTheRootContextSeesIt(@TempDir Path repo) throws IOException {
        OptimizationResult result = OPTIMIZER.optimize(nodeServiceAtTheRoot(repo), OptimizeOptions.defaults());

        assertThat(result.template()).contains("node");
        assertThat(contextSources(result.optimized())).isNotEmpty()
                .allSatisfy(source -> assertThat(source).startsWith("services/api"));
        // the same Dockerfile built in its own folder copies folder-relative sources: the rewrite is what differs
        OptimizationResult inFolder = OPTIMIZER.optimize(
                DockerfileParser.parse(result.optimized().replace("services/api/", "").replace(" services/api ", " . "),
                        Path.of("Dockerfile")), Optional.empty(), OptimizeOptions.defaults());
        assertThat(contextSources(inFolder.optimized())).noneMatch(source -> source.startsWith("services/"));
    }

    @Test
    void theIgnoreFileExtendsTheOneTheRootContextAppliesToday(@TempDir Path repo) throws IOException {
        OptimizationResult result = OPTIMIZER.optimize(nodeServiceAtTheRoot(repo), OptimizeOptions.defaults());

        assertThat(result.dockerignore()).isPresent();
        assertThat(result.dockerignore().get()).startsWith("**/node_modules\n").contains("\n.git\n");
        // nothing the Dockerfile copies is excluded
        assertThat(result.dockerignore().get().lines()).doesNotContain("services", "services/api");
    }

    @Test
    void aSharedLibraryOutsideTheFolderKeepsTheOriginalsSourcesAndGetsRecipesOnly(@TempDir Path repo)
            throws IOException {
        DockerfileService service = nodeServiceAtTheRoot(repo);
        write(service.dockerfile(), """
                FROM node:18
                WORKDIR /srv
                COPY libs/common ./libs/common
                COPY services/api ./services/api
                CMD ["node", "services/api/server.js"]
                """);

        OptimizationResult result = OPTIMIZER.optimize(service, OptimizeOptions.defaults());

        assertThat(result.template()).isEmpty();
        assertThat(result.note()).hasValueSatisfying(note -> assertThat(note).contains("copies libs/common"));
        assertThat(contextSources(result.optimized())).containsExactly("libs/common", "services/api");
    }

    @Test
    void aRewriteKeepsTheStageNameTheBuildTargets(@TempDir Path repo) throws IOException {
        DockerfileService service = nodeServiceAtTheRoot(repo);
        String original = Files.readString(service.dockerfile()).replace("FROM node:18\n", "FROM node:18 AS production\n");
        write(service.dockerfile(), original);

        OptimizationResult result = OPTIMIZER.optimize(service.withBuild(BuildSettings.none().withTarget("production")),
                OptimizeOptions.defaults());

        assertThat(result.template()).contains("node");
        Dockerfile optimized = DockerfileParser.parse(result.optimized(), Path.of("Dockerfile"));
        assertThat(optimized.stages()).hasSizeGreaterThan(1);
        assertThat(optimized.finalStage().name()).contains("production");
        assertThat(optimized.stages().stream().filter(s -> s.name().filter("production"::equals).isPresent()))
                .hasSize(1);
    }

    @Test
    void aTargetBeforeTheLastStageLeavesTheFileUnchanged(@TempDir Path repo) throws IOException {
        DockerfileService service = nodeServiceAtTheRoot(repo);
        write(service.dockerfile(), """
                FROM node:18 AS production
                WORKDIR /app
                COPY services/api .
                CMD ["node", "server.js"]

                FROM production AS development
                CMD ["node", "--watch", "server.js"]
                """);

        OptimizationResult result = OPTIMIZER.optimize(service.withBuild(BuildSettings.none().withTarget("production")),
                OptimizeOptions.defaults());

        assertThat(result.changed()).isFalse();
        assertThat(result.note()).hasValueSatisfying(note -> assertThat(note).contains("'production'", "not the last"));
    }
}
