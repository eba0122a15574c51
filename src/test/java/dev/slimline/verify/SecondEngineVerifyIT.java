package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * slimline builds and runs where DOCKER_HOST points: a second dockerd the test starts on tcp://127.0.0.1
 * (testbed/second-engine.sh, its own data root and bridge), holding only the base image it was given. {@code verify}
 * of an original and an optimized Dockerfile runs there end to end (builds, compose runtime, probes on the engine's
 * published ports, security checks over {@code docker save}); the kept images exist on the second engine and nothing
 * with the run's label reaches the machine's own engine.
 */
class SecondEngineVerifyIT {

    private static final Path ROOT = Path.of(System.getProperty("slimline.repo.root", "."));
    private static final String DOCKER = System.getenv().getOrDefault("SLIMLINE_DOCKER", "/usr/bin/docker");
    private static String host;

    @TempDir
    Path project;

    @BeforeAll
    static void startSecondEngine() throws Exception {
        Run start = run(List.of("bash", ROOT.resolve("testbed/second-engine.sh").toString(), "start",
                "python:3.11-slim"), Map.of(), null, 180);
        assertThat(start.exit()).as(start.out()).isZero();
        host = start.out().lines().filter(l -> l.startsWith("tcp://127.0.0.1:")).findFirst().orElseThrow();
    }

    @AfterAll
    static void stopSecondEngine() throws Exception {
        run(List.of("bash", ROOT.resolve("testbed/second-engine.sh").toString(), "stop"), Map.of(), null, 120);
    }

    @Test
    void verifyRunsOnTheEngineDockerHostNamesAndLeavesTheDefaultEngineAlone() throws Exception {
        Files.createDirectories(project.resolve("app"));
        Files.writeString(project.resolve("app/server.py"), """
                from http.server import BaseHTTPRequestHandler, HTTPServer

                class Health(BaseHTTPRequestHandler):
                    def do_GET(self):
                        self.send_response(200 if self.path in ("/", "/health") else 404)
                        self.end_headers()
                        self.wfile.write(b"ok\\n")

                HTTPServer(("0.0.0.0", 8000), Health).serve_forever()
                """);
        // build output the runtime never reads: what the optimized Dockerfile leaves out
        Files.write(project.resolve("app/fixtures.bin"), new byte[8 * 1024 * 1024]);
        Files.writeString(project.resolve("Dockerfile"), """
                FROM python:3.11-slim
                WORKDIR /app
                COPY app/ /app/
                EXPOSE 8000
                CMD ["python", "server.py"]
                """);
        Files.writeString(project.resolve("Dockerfile.slim"), """
                FROM python:3.11-slim
                RUN useradd --system --uid 10001 --no-create-home app
                WORKDIR /app
                COPY app/server.py /app/
                USER 10001
                EXPOSE 8000
                HEALTHCHECK --interval=5s --timeout=3s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health')"]
                CMD ["python", "server.py"]
                """);
        Path json = project.resolve("verify.json");
        Run verify = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                ROOT.resolve("target/slimline.jar").toString(), "verify", "--original",
                project.resolve("Dockerfile").toString(), "--optimized", project.resolve("Dockerfile.slim").toString(),
                "--context", project.toString(), "--keep", "--format", "json", "--output", json.toString()),
                Map.of("DOCKER_HOST", host, "SLIMLINE_DOCKER", DOCKER), project, 600);
        assertThat(verify.exit()).as(verify.out()).isZero();
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("passed").asBoolean()).as(report.toString()).isTrue();

        // the optimized image carries the run's label; the original is built as compose would (unlabelled), both tagged
        List<String> labelled = ids(host, "image", "dev.slimline.verify");
        assertThat(labelled).as("labelled images on the second engine").hasSize(1);
        Run label = run(List.of(DOCKER, "image", "inspect", "--format", "{{index .Config.Labels \"dev.slimline.verify\"}}",
                labelled.get(0)), Map.of("DOCKER_HOST", host), null, 60);
        String runId = label.out().strip();
        assertThat(runId).isNotBlank();
        assertThat(references(host)).anySatisfy(ref -> assertThat(ref).endsWith(":original-" + runId))
                .anySatisfy(ref -> assertThat(ref).endsWith(":optimized-" + runId));
        assertThat(references(null)).as("the default engine's verify images").noneMatch(ref -> ref.endsWith(runId));
        assertThat(ids(null, "image", "dev.slimline.verify=" + runId)).as("the default engine's images").isEmpty();
        assertThat(ids(null, "container", "dev.slimline.verify=" + runId)).as("the default engine's containers")
                .isEmpty();
    }

    private static List<String> references(String dockerHost) throws Exception {
        Run ls = run(List.of(DOCKER, "image", "ls", "--filter", "reference=slimline-verify/*", "--format",
                "{{.Repository}}:{{.Tag}}"), dockerHost == null ? Map.of() : Map.of("DOCKER_HOST", dockerHost), null, 60);
        assertThat(ls.exit()).as(ls.out()).isZero();
        return ls.out().lines().filter(l -> !l.isBlank()).toList();
    }

    /** The ids of the images or containers (all states) carrying the label filter, on one engine. */
    private static List<String> ids(String dockerHost, String kind, String filter) throws Exception {
        List<String> argv = new ArrayList<>(List.of(DOCKER, kind, "ls", "--quiet", "--filter", "label=" + filter));
        if (kind.equals("container")) {
            argv.add("--all");
        }
        Run ls = run(argv, dockerHost == null ? Map.of() : Map.of("DOCKER_HOST", dockerHost), null, 60);
        assertThat(ls.exit()).as(ls.out()).isZero();
        return ls.out().lines().filter(l -> !l.isBlank()).toList();
    }

    private record Run(int exit, String out) {
    }

    private static Run run(List<String> argv, Map<String, String> env, Path dir, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        builder.environment().remove("DOCKER_HOST");
        builder.environment().putAll(env);
        Path log = Files.createTempFile("second-engine-", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        boolean done = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertThat(done).as("finished in " + timeoutSeconds + " s: " + out).isTrue();
        return new Run(process.exitValue(), out);
    }
}
