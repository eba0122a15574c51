package dev.slimline.proof;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.optimize.OptimizeOptions;
import dev.slimline.optimize.ContainerProbes;
import dev.slimline.optimize.Optimizer;
import dev.slimline.project.DockerfileService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order the proof tries candidates in: chosen family, next family, safe recipes only; no duplicates. */
class CandidateLadderTest {

    private static final CandidateLadder LADDER = new CandidateLadder(new Optimizer(KnowledgeCatalog.bundled()),
            KnowledgeCatalog.bundled());

    /** The IT's Node app (src/test/resources/proof/node-fallback): node:18, npm ci, CMD node server.js. */
    private static DockerfileService node(Path dir) throws IOException {
        ContainerProbes.copyTree(Path.of("src/test/resources/proof/node-fallback"), dir);
        return plain(dir);
    }

    /** The Dockerfile of {@code dir} built in {@code dir}, as {@code docker build dir}. */
    private static DockerfileService plain(Path dir) {
        return new DockerfileService(dir.getFileName().toString(), dir.resolve("Dockerfile"), dir, Optional.empty());
    }

    private static List<String> described(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::describe).toList();
    }

    @Test
    void alpineFallsBackToSlimThenToTheSafeRecipesOnTheOriginalBase(@TempDir Path dir) throws IOException {
        List<Candidate> candidates = LADDER.candidates(node(dir),
                OptimizeOptions.defaults().withFamily(BaseImageChoice.Family.ALPINE));

        assertThat(described(candidates))
                .containsExactly("alpine (node:18-alpine)", "slim (node:18-slim)", "safe recipes only (node:18)");
        assertThat(candidates.get(2).result().template()).isEmpty();
        assertThat(candidates.get(1).result().template()).contains("node");
    }

    @Test
    void theDefaultKeepsAGlibcOriginalOnGlibcAndStillFallsBackToSlim(@TempDir Path dir) throws IOException {
        List<Candidate> candidates = LADDER.candidates(node(dir), OptimizeOptions.defaults());

        assertThat(described(candidates)).containsExactly("distroless (gcr.io/distroless/nodejs18-debian12:nonroot)",
                "slim (node:18-slim)", "safe recipes only (node:18)");
    }

    @Test
    void anExplicitSlimFamilyHasOnlyTheRecipesBehindIt(@TempDir Path dir) throws IOException {
        List<Candidate> candidates = LADDER.candidates(node(dir),
                OptimizeOptions.defaults().withFamily(BaseImageChoice.Family.SLIM));

        assertThat(described(candidates)).containsExactly("slim (node:18-slim)", "safe recipes only (node:18)");
    }

    @Test
    void aFileTheOptimizerDoesNotRewriteHasOneCandidate(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), """
                FROM node:18 AS build
                WORKDIR /app
                COPY . .
                RUN npm ci && npm run build
                FROM node:18-slim
                WORKDIR /app
                COPY --from=build /app/dist dist
                CMD ["node", "dist/server.js"]
                """);

        List<Candidate> candidates = LADDER.candidates(plain(dir), OptimizeOptions.defaults());

        assertThat(candidates).hasSize(1);
        assertThat(candidates.get(0).label()).isEqualTo(CandidateLadder.RECIPES_ONLY);
        assertThat(candidates.get(0).base()).isEqualTo("node:18-slim");
    }
}
