package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.cli.CliHarness;
import dev.slimline.engine.TestEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The story's step 4 on the real engine: {@code slimline verify examples/monorepo} builds the three services' original
 * and optimized images, runs both sets with redis, and every check passes with real sizes: once with the optimizer's
 * own output (slim family: alpine cannot be built on the testbed) and once with optimized Dockerfiles given
 * explicitly ({@code --optimized}).
 */
class VerifyMonorepoIT {

    static final Path OPTIMIZED = Path.of("src/test/resources/verify/monorepo");

    @Test
    void everyCheckPassesForTheThreeServicesAndTheJsonSaysSo() throws Exception {
        TestEngines.requireImage("redis:7", java.time.Duration.ofSeconds(5));
        VerifyEngineObjects objects = new VerifyEngineObjects();
        Path out = Files.createDirectories(Path.of("target/verify-it"));
        Path json = out.resolve("monorepo.json");
        Path html = out.resolve("monorepo.html");
        CliHarness.Result result = CliHarness.run("verify", "examples/monorepo",
                "--optimized", "api=" + OPTIMIZED.resolve("api.Dockerfile"),
                "--optimized", "worker=" + OPTIMIZED.resolve("worker.Dockerfile"),
                "--optimized", "web-app=" + OPTIMIZED.resolve("web-app.Dockerfile"),
                "--format", "json", "--output", json.toString(), "--html", html.toString(), "--run-id", objects.runId());
        Files.writeString(out.resolve("monorepo.txt"), result.out() + "\n--- stderr ---\n" + result.err());
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();

        String text = result.out();
        assertThat(text).contains("Building optimized images...", "Health checks:", "Security checks:",
                "Size comparison:", "Total before:", "Total after:", "Saved:", "Pull time:", "Registry storage:");
        assertThat(text).containsPattern("✓ services/api built in [0-9.ms]+ \\(\\d+ MB\\)");
        assertThat(text).contains("✓ api: GET /health → 200 OK");
        assertThat(text).contains("✓ worker: celery -A tasks inspect ping → OK");
        assertThat(text).containsPattern("✓ web-app: GET /(api/health)? → 200 OK");
        assertThat(text).contains("✓ api: running as uid=1000 (node)", "✓ worker: running as uid=1001 (appuser)",
                "✓ web-app: running as uid=1000 (node)");
        assertThat(text).doesNotContain("✗");

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("passed").asBoolean()).isTrue();
        assertThat(report.get("failedChecks").asInt()).isZero();
        assertThat(report.get("services")).hasSize(3);
        long before_ = 0;
        long after = 0;
        for (JsonNode service : report.get("services")) {
            String name = service.get("service").asText();
            long original = service.get("original").get("sizeBytes").asLong();
            long optimized = service.get("optimized").get("sizeBytes").asLong();
            before_ += original;
            after += optimized;
            assertThat(optimized).as(name).isPositive().isLessThan(original / 2);
            List<String> passed = service.get("checks").findValuesAsText("name");
            assertThat(passed).as(name).contains("build", "health", "healthcheck", "user", "build-tools", "caches",
                    "healthcheck-present", "contract");
            assertThat(service.get("checks").findValuesAsText("status")).as(name).containsOnly("pass");
            assertThat(service.get("contract").findValuesAsText("field")).as(name).contains("user");
        }
        JsonNode impact = report.get("impact");
        assertThat(impact.get("beforeBytes").asLong()).isEqualTo(before_);
        assertThat(impact.get("afterBytes").asLong()).isEqualTo(after);
        assertThat(impact.get("pullSecondsBefore").asDouble()).isCloseTo(before_ * 8 / 1e8, org.assertj.core.data.Offset.offset(0.01));
        assertThat(impact.get("savedPercent").asDouble()).isGreaterThan(50);

        String page = Files.readString(html);
        assertThat(page).contains("<svg", "services/worker", "✓ all");
        assertThat(objects.count()).as("verify removed what it made").isEqualTo(VerifyEngineObjects.none());
    }

    @Test
    void theOptimizersOwnOutputPassesEveryCheck() throws Exception {
        TestEngines.requireImage("redis:7", java.time.Duration.ofSeconds(5));
        VerifyEngineObjects objects = new VerifyEngineObjects();
        Path json = Files.createDirectories(Path.of("target/verify-it")).resolve("monorepo-optimizer.json");
        CliHarness.Result result = CliHarness.run("verify", "examples/monorepo", "--base-family", "slim",
                "--format", "json", "--output", json.toString(), "--run-id", objects.runId());
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("Size comparison:").doesNotContain("✗");

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.get("passed").asBoolean()).isTrue();
        assertThat(report.get("services")).hasSize(3);
        for (JsonNode service : report.get("services")) {
            String name = service.get("service").asText();
            assertThat(service.get("optimized").get("sizeBytes").asLong()).as(name)
                    .isLessThan(service.get("original").get("sizeBytes").asLong() / 2);
            assertThat(service.get("checks").findValuesAsText("status")).as(name).containsOnly("pass");
        }
        assertThat(report.get("impact").get("savedPercent").asDouble()).isGreaterThanOrEqualTo(80);
        assertThat(objects.count()).as("verify removed what it made").isEqualTo(VerifyEngineObjects.none());
    }
}
