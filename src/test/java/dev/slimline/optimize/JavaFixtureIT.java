package dev.slimline.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineCleanupExtension;
import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import dev.slimline.engine.ExecResult;
import dev.slimline.engine.TestEngines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java-with-Maven fixture (a JDK HttpServer service, no dependencies) on the real engine: the bloated
 * single-stage image is built, {@code slimline optimize --write} rewrites it, and the optimized image (a jlink'd
 * runtime on Debian slim) is built, started and probed over HTTP and by its own HEALTHCHECK. It must run as a
 * non-root uid, carry no JDK tools, Maven, compilers or Maven repository, and be at most half the original.
 * Maven downloads its plugins from the Maven repository inside the builds.
 */
@ExtendWith(EngineCleanupExtension.class)
class JavaFixtureIT {

    private static final int PORT = 8080;

    private final DockerEngine engine = TestEngines.real();

    @Test
    void optimizedJavaMavenServiceRunsOnAJlinkedRuntimeAtHalfTheSize(TestLabel label) throws Exception {
        long started = System.nanoTime();
        FixtureRun run = FixtureRun.optimizeAndBuild(engine, label, "java-maven", "host");
        assertThat(run.dockerfile()).contains("jlink --add-modules", "FROM debian:bookworm-slim",
                "--mount=type=cache,target=/root/.m2");
        String original = run.original();
        String optimized = run.optimized();

        FixtureRun.Started container = run.start(engine, label, "java-maven", PORT);
        String id = container.id();
        int hostPort = container.hostPort();
        assertThat(ContainerProbes.awaitHttpOk(hostPort, "/health", Duration.ofMinutes(2))).isEqualTo(200);
        assertThat(ContainerProbes.awaitHealth(engine, id, Duration.ofMinutes(3))).isEqualTo("healthy");
        assertThat(engine.exec(id, List.of("id", "-u")).stdout().trim()).matches("\\d+").isNotEqualTo("0");
        ExecResult tools = engine.exec(id, List.of("sh", "-c",
                "for t in javac jlink jdeps jar mvn gcc cc make; do command -v $t; done; true"));
        assertThat(tools.stdout()).isEmpty();
        ExecResult modules = engine.exec(id, List.of("java", "--list-modules"));
        assertThat(modules.stdout()).contains("java.base", "jdk.httpserver").doesNotContain("java.desktop", "jdk.compiler");
        ExecResult runtimeSize = engine.exec(id, List.of("du", "-sb", "/opt/java/openjdk"));

        JsonNode before = FixtureRun.inspect(original);
        JsonNode after = FixtureRun.inspect(optimized);
        assertThat(FixtureRun.names(before.path("buildTools"))).as("the check can see javac").contains("javac");
        assertThat(FixtureRun.names(before.path("packageCaches"))).as("the check can see ~/.m2").contains("maven");
        assertThat(FixtureRun.names(after.path("buildTools"))).isEmpty();
        assertThat(FixtureRun.names(after.path("packageCaches"))).isEmpty();
        assertThat(after.path("user").path("root").asBoolean()).isFalse();

        long originalBytes = engine.imageInspect(original).sizeBytes();
        long optimizedBytes = engine.imageInspect(optimized).sizeBytes();
        System.out.printf("java-maven: original %d bytes, optimized %d bytes, jlink runtime %s, modules %s, %d s%n",
                originalBytes, optimizedBytes, runtimeSize.stdout().trim().split("\\s+")[0],
                String.join(",", modules.stdout().lines().map(m -> m.replaceFirst("@.*", "")).toList()),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        assertThat(optimizedBytes).isLessThanOrEqualTo(originalBytes / 2);
    }
}
