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
}
