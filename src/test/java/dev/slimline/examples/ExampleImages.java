package dev.slimline.examples;

import dev.slimline.audit.EngineImageMeasurer;
import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.TestEngines;
import dev.slimline.project.DockerfileDiscovery;
import dev.slimline.project.DockerfileService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The original example images, built once per test JVM exactly the way {@code slimline audit --build
 * --build-network worker=host examples/monorepo} builds them (same request: tag, labels, Dockerfile, context,
 * network), so the audit test and this one share BuildKit's cache and a rebuild of an unchanged service takes
 * seconds. The images stay tagged {@code slimline-audit/services/<name>:original} after the tests: they are what
 * the audit itself leaves behind, and keeping them saves the next run the npm installs (minutes each here).
 */
public final class ExampleImages {

    /** The build network the worker needs: pip reads the testbed's wheelhouse on the host's 127.0.0.1. */
    public static final String WORKER_BUILD_NETWORK = "host";
    /** Cold builds of api and web-app take up to ~11 minutes each on a loaded 2-core machine. */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(30);

    private static Map<String, String> built;

    private ExampleImages() {
    }

    /** The example monorepo in this checkout. */
    public static Path root() {
        return Path.of(System.getProperty("slimline.repo.root", ".")).resolve("examples/monorepo");
    }

    /**
     * Builds (or finds cached) every example service; returns service name to image ID. The ID, not the tag: another
     * project's audit in the same test JVM (the root-context example also has a {@code services/api}) may move the
     * tag {@code slimline-audit/services/api:original} to its own image.
     */
    public static synchronized Map<String, String> build() {
        if (built == null) {
            Map<String, String> tags = new LinkedHashMap<>();
            for (DockerfileService service : services()) {
                if (WORKER_BUILD_NETWORK.equals(networkFor(service.name()))) {
                    requireWheelhouse();
                }
                BuildRequest request = EngineImageMeasurer.buildRequest(service, networkFor(service.name()), BUILD_TIMEOUT);
                TestEngines.real().build(request);
                String id = TestEngines.real().imageInspect(request.tag()).id();
                pin(id, "slimline-it/original/" + service.name().replace("services/", "") + ":latest");
                tags.put(service.name(), id);
            }
            built = Map.copyOf(tags);
        }
        return built;
    }

    /**
     * Gives the image a tag of the tests' own: the audit's tag moves when another project's audit reuses it, and a
     * verify run that built the same image under its own tag removes that tag at its end, which deletes an image
     * left with no other tag; a later test asking for this ID would then find nothing.
     */
    private static void pin(String id, String tag) {
        List<String> argv = List.of(TestEngines.real().setup().client().toString(), "tag", id, tag);
        try {
            Process tagging = new ProcessBuilder(argv).redirectErrorStream(true).start();
            String output = new String(tagging.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!tagging.waitFor(60, TimeUnit.SECONDS) || tagging.exitValue() != 0) {
                throw new AssertionError(String.join(" ", argv) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while tagging " + id, e);
        }
    }

    /** The image ID of one service ({@code api}, {@code worker}, {@code web-app}). */
    public static String image(String shortName) {
        String tag = build().get("services/" + shortName);
        if (tag == null) {
            throw new AssertionError("no example service services/" + shortName + " under " + root());
        }
        return tag;
    }

    /**
     * pip in the worker's build reads the testbed's wheelhouse on 127.0.0.1; without it the build fails late with a
     * pip error, so say plainly what is missing and how to bring it back.
     */
    static void requireWheelhouse() {
        String port = System.getenv().getOrDefault("SLIMLINE_WHEELHOUSE_PORT", "3141");
        String url = "http://127.0.0.1:" + port + "/simple/celery/";
        boolean answers = Probe.get(Integer.parseInt(port), "/simple/celery/")
                .map(response -> response.statusCode() == 200).orElse(false);
        if (!answers) {
            throw new AssertionError("the testbed wheelhouse does not answer at " + url + "; `bash testbed/setup.sh`"
                    + " starts (or restarts) its server");
        }
    }

    static List<DockerfileService> services() {
        return DockerfileDiscovery.discover(root());
    }

    /** The network the audit uses for a service with {@code --build-network worker=host}. */
    static String networkFor(String serviceName) {
        return serviceName.equals("services/worker") ? WORKER_BUILD_NETWORK : null;
    }
}
