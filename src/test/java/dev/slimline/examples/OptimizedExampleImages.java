package dev.slimline.examples;

import dev.slimline.cli.CliHarness;
import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.TestEngines;
import dev.slimline.optimize.ContainerProbes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The example services as {@code slimline optimize --all --write --base-family slim} rewrites them, built once per
 * test JVM under stable tags ({@code slimline-it/optimized/<name>:latest}) so every test that needs them (scan,
 * gate) shares one build and BuildKit's cache. The rewrite runs on a copy of the services; the checkout is never
 * touched. Like {@link ExampleImages}, the images are left in the engine to keep the next run fast.
 */
public final class OptimizedExampleImages {

    private static final List<String> NAMES = List.of("api", "web-app", "worker");
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);

    private static Map<String, String> built;
    private static Path workspace;
    private static String optimizeOutput;

    private OptimizedExampleImages() {
    }

    /** Optimizes a copy of the example services and builds each; returns short name (api, worker, web-app) to tag. */
    public static synchronized Map<String, String> build() {
        if (built == null) {
            Path services = optimizedCopy();
            Map<String, String> tags = new LinkedHashMap<>();
            for (String name : NAMES) {
                if (name.equals("worker")) {
                    ExampleImages.requireWheelhouse();
                }
                String tag = "slimline-it/optimized/" + name + ":latest";
                // host network: the worker's pip reads the testbed wheelhouse on 127.0.0.1 (see ExampleImages)
                TestEngines.real().build(BuildRequest.of(services.resolve(name), tag).withNetwork("host")
                        .withTimeout(BUILD_TIMEOUT));
                tags.put(name, tag);
            }
            built = Map.copyOf(tags);
        }
        return built;
    }

    /** The optimized image of one service ({@code api}, {@code worker}, {@code web-app}). */
    public static String image(String shortName) {
        String tag = build().get(shortName);
        if (tag == null) {
            throw new AssertionError("no optimized example service " + shortName + "; known: " + NAMES);
        }
        return tag;
    }

    /** What {@code slimline optimize --all} printed when it rewrote the copies. */
    public static synchronized String optimizeOutput() {
        build();
        return optimizeOutput;
    }

    /** The directory holding the optimized copies of the services (each with its rewritten Dockerfile). */
    public static synchronized Path servicesDirectory() {
        build();
        return workspace;
    }

    private static Path optimizedCopy() {
        try {
            workspace = Files.createTempDirectory("slimline-optimized-examples");
            ContainerProbes.copyTree(ExampleImages.root().resolve("services"), workspace);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CliHarness.Result optimize = CliHarness.run("optimize", "--all", workspace.toString(), "--write", "--no-backup",
                "--base-family", "slim", "--no-diff", "--no-verify");
        if (optimize.exitCode() != 0) {
            throw new AssertionError("slimline optimize --all failed (exit " + optimize.exitCode() + "): " + optimize.err());
        }
        optimizeOutput = optimize.out();
        return workspace;
    }
}
