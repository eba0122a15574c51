package dev.slimline.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.cli.CliHarness;
import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import dev.slimline.engine.PortMapping;
import dev.slimline.engine.RunRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The path every fixture IT takes through the optimizer on the real engine: copy the fixture to a scratch
 * context, build its bloated Dockerfile, {@code slimline optimize --write} it, build the result, start it with a
 * loopback port. Tags and names come from the test's label, so the cleanup extension removes what was made.
 *
 * @param work      the scratch context (holds the optimized Dockerfile and Dockerfile.orig afterwards)
 * @param original  tag of the image built from the fixture's own Dockerfile
 * @param optimized tag of the image built from slimline's rewrite
 * @param optimize  what {@code slimline optimize} printed
 */
record FixtureRun(Path work, String original, String optimized, CliHarness.Result optimize) {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/optimize");
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);

    /**
     * Builds the original, optimizes with {@code optimizeOptions} and builds the rewrite on {@code optimizedNetwork}
     * (host for rewrites that download dependencies, none to prove a build needs no network).
     */
    static FixtureRun optimizeAndBuild(DockerEngine engine, TestLabel label, String fixture, String optimizedNetwork,
                                       String... optimizeOptions) throws IOException {
        Path work = Files.createTempDirectory("slimline-" + fixture + "-it");
        ContainerProbes.copyTree(FIXTURES.resolve(fixture), work);
        String original = label.tag(fixture + "-orig");
        engine.build(BuildRequest.of(work, original).withNetwork("host").withLabels(label.asMap()).withTimeout(BUILD_TIMEOUT));

        List<String> args = new ArrayList<>(List.of("optimize", work.toString(), "--write", "--no-diff", "--no-verify"));
        args.addAll(List.of(optimizeOptions));
        CliHarness.Result optimize = CliHarness.run(args.toArray(String[]::new));
        assertThat(optimize.exitCode()).as(optimize.err()).isZero();
        assertThat(work.resolve("Dockerfile.orig")).as("the original kept").exists();

        String optimized = label.tag(fixture + "-opt");
        engine.build(BuildRequest.of(work, optimized).withNetwork(optimizedNetwork).withLabels(label.asMap())
                .withTimeout(BUILD_TIMEOUT));
        return new FixtureRun(work, original, optimized, optimize);
    }

    /** Starts the optimized image with {@code port} published on 127.0.0.1; returns the container and host port. */
    Started start(DockerEngine engine, TestLabel label, String name, int port) {
        String id = engine.run(RunRequest.detached(optimized).withName(label.name(name))
                .withPorts(List.of(PortMapping.anyLoopbackPort(port))).withLabels(label.asMap()));
        return new Started(id, engine.inspectContainer(id).publishedPorts().get(port + "/tcp"));
    }

    /** The rewritten Dockerfile. */
    String dockerfile() throws IOException {
        return Files.readString(work.resolve("Dockerfile"));
    }

    /** A running optimized container and the host port its service answers on. */
    record Started(String id, int hostPort) {
    }

    /** {@code slimline inspect --format json IMAGE} as a tree (compressed sizes skipped: not needed, and slow). */
    static JsonNode inspect(String image) throws IOException {
        CliHarness.Result result = CliHarness.run("inspect", "--format", "json", "--no-compressed-size", image);
        assertThat(result.exitCode()).as("inspect %s: %s", image, result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    /** The {@code name} of each finding in an inspect list such as {@code buildTools} or {@code packageCaches}. */
    static List<String> names(JsonNode findings) {
        List<String> names = new ArrayList<>();
        findings.forEach(finding -> names.add(finding.path("name").asText()));
        return names;
    }
}
