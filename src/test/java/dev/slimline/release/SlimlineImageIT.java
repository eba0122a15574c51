package dev.slimline.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.engine.EngineCleanupExtension;
import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import dev.slimline.engine.TestEngines;
import dev.slimline.optimize.ContainerProbes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * slimline's own image (the repository's root Dockerfile) on the real engine: it builds from the packaged jar, is at
 * most 150 MB, runs as a non-root user, its own audit finds nothing at or above medium and its own inspect finds no
 * build tools. Then, run as that non-root user against the host's engine through the mounted socket (its group added),
 * it audits the Go fixture, rewrites it with {@code optimize --write} and proves the rewrite with {@code verify}.
 */
@ExtendWith(EngineCleanupExtension.class)
class SlimlineImageIT {

    private static final long MAX_BYTES = 150_000_000L;
    private static final Path ROOT = Path.of(System.getProperty("slimline.repo.root", "."));
    private static final Path GO_FIXTURE = ROOT.resolve("src/test/resources/fixtures/optimize/go-stdlib");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void imageIsSmallNonRootCleanAndDrivesTheHostEngine(TestLabel label) throws Exception {
        TestEngines.requireImage("debian:bookworm-slim", Duration.ofSeconds(5));
        TestEngines.requireImage("golang:1.19-bookworm", Duration.ofSeconds(5));
        assertThat(ROOT.resolve("target/slimline.jar")).as("the image copies the packaged jar (mvn package)").exists();
        String image = label.tag("slimline-image");
        Result build = docker(Duration.ofMinutes(20), "build", "--label", label.filter(), "-t", image, ROOT.toString());
        assertThat(build.exit()).as(build.toString()).isZero();

        long bytes = Long.parseLong(docker(Duration.ofMinutes(1), "image", "inspect", "--format", "{{.Size}}", image)
                .out().strip());
        System.out.printf("slimline image: %d bytes%n", bytes);
        assertThat(bytes).as("image size").isLessThanOrEqualTo(MAX_BYTES);
        assertThat(docker(Duration.ofMinutes(1), "image", "inspect", "--format", "{{.Config.User}}", image).out().strip())
                .isEqualTo("65532:65532");

        Result audit = slimline(image, List.of("-v", ROOT.toAbsolutePath() + "/Dockerfile:/src/Dockerfile:ro"),
                "audit", "/src/Dockerfile", "--fail-on", "medium", "--format", "json");
        assertThat(audit.exit()).as("own audit at --fail-on medium: " + audit).isZero();
        assertThat(JSON.readTree(audit.out()).path("services").get(0).path("findings"))
                .allSatisfy(f -> assertThat(f.path("severity").asText()).isIn("info", "low"));

        Result inspect = slimline(image, List.of(), "inspect", "--format", "json", "--no-compressed-size", image);
        assertThat(inspect.exit()).as(inspect.toString()).isZero();
        JsonNode inspected = JSON.readTree(inspect.out());
        assertThat(inspected.path("buildTools")).as("build tools in slimline's image").isEmpty();
        assertThat(inspected.path("user").path("uid").asInt()).isEqualTo(65532);

        Path work = writableCopyOfGoFixture(label);
        List<String> workMount = List.of("-v", work.toAbsolutePath() + ":/work");
        Result fixtureAudit = slimline(image, workMount, "audit", ".", "--format", "json");
        assertThat(fixtureAudit.exit()).as(fixtureAudit.toString()).isZero();
        assertThat(JSON.readTree(fixtureAudit.out()).path("services").get(0).path("findings")).isNotEmpty();

        // --no-verify: the verify run below is the proof, from the same image; optimize's own proof would build and
        // run both images a second time (a minute here) for the same claim (OptimizeProofIT proves that path).
        Result optimize = slimline(image, workMount, "optimize", "Dockerfile", "--write", "--no-diff", "--no-verify");
        assertThat(optimize.exit()).as(optimize.toString()).isZero();
        assertThat(work.resolve("Dockerfile.orig")).as("the original kept").exists();
        assertThat(Files.readString(work.resolve("Dockerfile"))).contains("FROM golang:1.19", "distroless");

        Result verify = slimline(image, workMount, "verify", ".", "--original", "Dockerfile.orig",
                "--optimized", "Dockerfile", "--format", "json", "--output", "verify.json",
                "--run-id", label.value().substring(label.value().length() - 12));
        JsonNode report = JSON.readTree(work.resolve("verify.json").toFile());
        assertThat(verify.exit()).as(verify.toString()).isEqualTo(report.path("passed").asBoolean() ? 0 : 1);
        JsonNode service = report.path("services").get(0);
        List<String> passed = new ArrayList<>();
        for (JsonNode check : service.path("checks")) {
            if (!check.path("category").asText().equals("contract")) {
                assertThat(check.path("status").asText()).as(check.toString()).isEqualTo("pass");
                passed.add(check.path("variant").asText() + " " + check.path("name").asText());
            }
        }
        assertThat(passed).contains("original build", "optimized build", "optimized health", "optimized user",
                "optimized build-tools", "optimized caches");
        // The Go template drops the toolchain image's GOPATH, which verify's contract check calls breaking: a finding
        // about the rewrite, not about running slimline from its image. Anything else breaking fails this test.
        for (JsonNode change : service.path("contract")) {
            if (change.path("kind").asText().equals("breaking")) {
                assertThat(change.path("field").asText()).as(change.toString()).isEqualTo("env GOPATH");
            }
        }
        assertThat(service.path("optimized").path("sizeBytes").asLong())
                .isLessThan(service.path("original").path("sizeBytes").asLong());
    }

    /** The fixture in a directory the image's user (uid 65532) may write, as a user's checkout mounted with -v. */
    private static Path writableCopyOfGoFixture(TestLabel label) throws IOException {
        Path work = Files.createDirectories(ROOT.resolve("target/slimline-image-it").resolve(label.value()));
        ContainerProbes.copyTree(GO_FIXTURE, work);
        try (Stream<Path> paths = Files.walk(work)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxrwxrwx" : "rw-rw-rw-"));
            }
        }
        return work;
    }

    /** {@code docker run} of the image as documented in docs/image.md: host network, the socket and its group. */
    private static Result slimline(String image, List<String> mounts, String... args) throws IOException {
        Path socket = engineSocket();
        List<String> argv = new ArrayList<>(List.of("run", "--rm", "--network", "host",
                "-v", socket + ":/var/run/docker.sock", "--group-add", groupOf(socket)));
        argv.addAll(mounts);
        argv.add(image);
        argv.addAll(List.of(args));
        return docker(Duration.ofMinutes(25), argv.toArray(String[]::new));
    }

    private static Path engineSocket() {
        String host = System.getenv().getOrDefault("DOCKER_HOST", "");
        return host.startsWith("unix://") ? Path.of(host.substring("unix://".length())) : Path.of("/var/run/docker.sock");
    }

    private static String groupOf(Path socket) throws IOException {
        return Files.getAttribute(socket, "unix:gid").toString();
    }

    private record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    /** The host's docker client, bounded in time. */
    private static Result docker(Duration timeout, String... args) throws IOException {
        List<String> argv = new ArrayList<>();
        argv.add(TestEngines.real().setup().client().toString());
        argv.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(argv);
        builder.environment().put("DOCKER_BUILDKIT", "1");
        Path log = Files.createTempFile("slimline-image-it", ".out");
        Path err = Files.createTempFile("slimline-image-it", ".err");
        Process process = builder.redirectOutput(log.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", argv) + " did not finish within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        Result result = new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(log);
        Files.delete(err);
        return result;
    }
}
