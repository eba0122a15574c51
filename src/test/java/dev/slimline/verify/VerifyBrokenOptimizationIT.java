package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.cli.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A deliberately broken optimization of the api: its HEALTHCHECK calls curl, which node:18-slim does not have. The
 * service itself answers, but verify must catch the dead HEALTHCHECK, exit 1, show curl's own error as evidence,
 * and still remove everything it made.
 */
class VerifyBrokenOptimizationIT {

    @Test
    void healthcheckNeedingCurlInAnImageWithoutCurlIsCaughtWithEvidence() throws Exception {
        VerifyEngineObjects objects = new VerifyEngineObjects();
        Path out = Files.createDirectories(Path.of("target/verify-it"));
        Path json = out.resolve("broken.json");
        CliHarness.Result result = CliHarness.run("verify", "examples/monorepo", "api",
                "--optimized", "api=" + VerifyMonorepoIT.OPTIMIZED.resolve("api-healthcheck-needs-curl.Dockerfile"),
                "--probe-timeout", "60s", "--format", "json", "--output", json.toString(),
                "--html", out.resolve("broken.html").toString(), "--run-id", objects.runId());
        Files.writeString(out.resolve("broken.txt"), result.out() + "\n--- stderr ---\n" + result.err());

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.out()).contains("✓ api: GET /health → 200 OK");
        assertThat(result.out()).containsPattern("✗ api: HEALTHCHECK unhealthy after");
        assertThat(result.out()).contains("Failures:", "/bin/sh: 1: curl: not found", "exit 1\n");

        JsonNode api = new ObjectMapper().readTree(json.toFile()).get("services").get(0);
        assertThat(api.get("passed").asBoolean()).isFalse();
        JsonNode failed = null;
        for (JsonNode check : api.get("checks")) {
            if (check.get("status").asText().equals("fail")) {
                failed = check;
            }
        }
        assertThat(failed).isNotNull();
        assertThat(failed.get("name").asText()).isEqualTo("healthcheck");
        assertThat(failed.get("evidence").asText()).contains("$ /bin/sh -c curl -fsS http://127.0.0.1:8080/health",
                "curl: not found", "container log (last 25 lines)", "api listening on port 8080");

        assertThat(objects.count()).as("cleanup after a failed run").isEqualTo(VerifyEngineObjects.none());
    }
}
