package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyPlannerTest {

    static final Path MONOREPO = Path.of("examples/monorepo");
    static final Path OPTIMIZED = Path.of("src/test/resources/verify/monorepo");

    @Test
    void explicitOptimizedDockerfilesByShortOrFullNameAndComposeRuntime(@TempDir Path work) {
        VerifyPlan plan = new VerifyPlanner(OptimizedDockerfileSource.none(), work).plan(MONOREPO, List.of(),
                Map.of("api", OPTIMIZED.resolve("api.Dockerfile"), "services/worker", OPTIMIZED.resolve("worker.Dockerfile"),
                        "web-app", OPTIMIZED.resolve("web-app.Dockerfile")),
                Map.of("web-app", "/api/health"));
        assertThat(plan.services()).extracting(ServiceUnderTest::name)
                .containsExactly("services/api", "services/web-app", "services/worker");
        assertThat(plan.sidecars()).extracting(Sidecar::name).containsExactly("redis");
        ServiceUnderTest worker = plan.services().get(2);
        assertThat(worker.optimizedDockerfile()).isEqualTo(OPTIMIZED.resolve("worker.Dockerfile"));
        assertThat(worker.originalDockerfile().getFileName().toString()).isEqualTo("Dockerfile");
        assertThat(worker.runtime().buildNetwork()).isEqualTo("host");
        assertThat(plan.services().get(1).healthPath()).isEqualTo("/api/health");
        assertThat(plan.services().get(0).healthPath()).isNull();
    }

    @Test
    void selectedServicesOnlyAndUnknownOnesAreBadInput(@TempDir Path work) {
        VerifyPlanner planner = new VerifyPlanner(OptimizedDockerfileSource.none(), work);
        VerifyPlan plan = planner.plan(MONOREPO, List.of("api"), Map.of("api", OPTIMIZED.resolve("api.Dockerfile")),
                Map.of());
        assertThat(plan.services()).extracting(ServiceUnderTest::name).containsExactly("services/api");
        assertThatThrownBy(() -> planner.plan(MONOREPO, List.of("nope"), Map.of(), Map.of()))
                .isInstanceOf(SlimlineException.class).hasMessageContaining("nope: no such service (have [services/api,");
    }

    @Test
    void aNameThatFitsSeveralServicesIsBadInputNamingThem(@TempDir Path work, @TempDir Path dir) throws Exception {
        for (String service : List.of("services/api", "tools/api")) {
            Files.createDirectories(dir.resolve(service));
            Files.writeString(dir.resolve(service).resolve("Dockerfile"), "FROM debian:bookworm-slim\n");
        }
        VerifyPlanner planner = new VerifyPlanner(OptimizedDockerfileSource.none(), work);
        assertThatThrownBy(() -> planner.plan(dir, List.of("api"), Map.of(), Map.of()))
                .isInstanceOf(SlimlineException.class)
                .hasMessage("api: ambiguous, it names [services/api, tools/api]; give the full name");
        assertThatThrownBy(() -> planner.plan(dir, List.of(), Map.of("api", dir.resolve("x")), Map.of()))
                .hasMessage("--optimized api: ambiguous, it names [services/api, tools/api]; give the full name");
        assertThat(planner.plan(dir, List.of("tools/api"), Map.of("tools/api", dir.resolve("tools/api/Dockerfile")),
                Map.of()).services()).extracting(ServiceUnderTest::name).containsExactly("tools/api");
    }

    @Test
    void withoutAnOptimizedDockerfileTheMessageSaysHowToGiveOne(@TempDir Path work) {
        assertThatThrownBy(() -> new VerifyPlanner(OptimizedDockerfileSource.none(), work).plan(MONOREPO, List.of("worker"), Map.of(),
                Map.of())).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("no optimized Dockerfile for services/worker: give one with --optimized");
    }

    @Test
    void optimizerOutputIsWrittenWithItsDockerignore(@TempDir Path work) throws Exception {
        OptimizedDockerfileSource optimizer = service -> Optional.of(new OptimizedDockerfile("FROM scratch\n", Optional.of("*.md\n")));
        VerifyPlan plan = new VerifyPlanner(optimizer, work).plan(MONOREPO, List.of("api"), Map.of(), Map.of());
        Path file = plan.services().get(0).optimizedDockerfile();
        assertThat(file).startsWith(work);
        assertThat(Files.readString(file)).isEqualTo("FROM scratch\n");
        assertThat(Files.readString(file.resolveSibling("Dockerfile.dockerignore"))).isEqualTo("*.md\n");
    }

    /** A candidate with no new ignore file is built with the one the service's build reads today, not the context's. */
    @Test
    void aCandidateKeepsTheServicesOwnIgnoreFile(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve("services/api"));
        Files.writeString(repo.resolve(".dockerignore"), "**/node_modules\n");
        Path own = repo.resolve("services/api/Dockerfile.dockerignore");
        Files.writeString(own, "**/node_modules\ntests\n");
        dev.slimline.project.DockerfileService service = new dev.slimline.project.DockerfileService("services/api",
                repo.resolve("services/api/Dockerfile"), repo, Optional.of(own));

        Path dir = repo.resolve("work");
        VerifyPlanner.materialize(service, VerifyPlanner.runtimeOf(service), null,
                new OptimizedDockerfile("FROM scratch\n", Optional.empty(), Map.of()), dir);

        assertThat(Files.readString(dir.resolve("Dockerfile.dockerignore"))).isEqualTo("**/node_modules\ntests\n");
    }
}
