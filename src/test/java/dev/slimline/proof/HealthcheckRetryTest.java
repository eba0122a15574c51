package dev.slimline.proof;

import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.optimize.Change;
import dev.slimline.optimize.OptimizeOptions;
import dev.slimline.optimize.Optimizer;
import dev.slimline.project.DockerfileService;
import dev.slimline.verify.BuiltImage;
import dev.slimline.verify.Check;
import dev.slimline.verify.CheckCategory;
import dev.slimline.verify.CheckStatus;
import dev.slimline.verify.ServiceResult;
import dev.slimline.verify.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A HEALTHCHECK the optimizer added on a route no probe saw answer is not written: the retry takes the route the
 * original answered 2xx on, or leaves the HEALTHCHECK out and says why. The user's choice is never overridden.
 */
class HealthcheckRetryTest {

    @TempDir
    Path app;
    private CandidateLadder ladder;
    private Candidate first;
    private DockerfileService service;

    /** An Express-less node service that serves only /flags: no health route in its sources. */
    @BeforeEach
    void flagsService() throws IOException {
        Files.writeString(app.resolve("package.json"), """
                {"name": "flags", "version": "1.0.0", "scripts": {"start": "node src/index.js"}}
                """);
        Files.writeString(app.resolve("package-lock.json"), """
                {"name": "flags", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
                 "packages": {"": {"name": "flags", "version": "1.0.0"}}}
                """);
        Files.createDirectories(app.resolve("src"));
        Files.writeString(app.resolve("src/index.js"), """
                require('http').createServer((req, res) => res.end(req.url === '/flags' ? '{}' : '')).listen(3300);
                """);
        Files.writeString(app.resolve("Dockerfile"), """
                FROM node:18
                WORKDIR /srv/flags
                COPY . .
                RUN npm install
                EXPOSE 3300
                CMD ["npm", "start"]
                """);
        KnowledgeCatalog catalog = KnowledgeCatalog.bundled();
        ladder = new CandidateLadder(new Optimizer(catalog), catalog);
        service = new DockerfileService("flags", app.resolve("Dockerfile"), app, Optional.empty());
        first = ladder.candidates(service, OptimizeOptions.defaults()).get(0);
        assertThat(first.result().optimized()).contains("HEALTHCHECK").contains("127.0.0.1:3300/'");
    }

    @Test
    void noRouteAnsweredOnTheOriginalMeansNoHealthcheckWithTheReasonPrinted() {
        Candidate retry = HealthcheckRetry.of(service, trial(first, originalHealth(CheckStatus.FAIL,
                "no 2xx from /health, /healthz, /api/health, / within 60s"), unhealthy()), ladder).orElseThrow();
        assertThat(retry.result().optimized()).doesNotContain("HEALTHCHECK");
        assertThat(retry.label()).endsWith(", no HEALTHCHECK");
        assertThat(retry.result().changes()).extracting(Change::summary)
                .anyMatch(line -> line.startsWith("no HEALTHCHECK: no route answered 2xx on the engine"));
    }

    @Test
    void aRouteTheOriginalAnsweredIsTheOneWritten() {
        Candidate retry = HealthcheckRetry.of(service, trial(first, originalHealth(CheckStatus.PASS, "GET /healthz → 200 OK (4ms)"),
                unhealthy()), ladder).orElseThrow();
        assertThat(retry.result().optimized()).contains("127.0.0.1:3300/healthz'");
        assertThat(retry.options().healthPath()).contains("/healthz");
    }

    @Test
    void theUsersHealthPathIsNeverReplaced() {
        Candidate chosen = ladder.candidates(service, OptimizeOptions.defaults().withHealthPath("/flags"))
                .get(0);
        assertThat(HealthcheckRetry.of(service, trial(chosen, originalHealth(CheckStatus.PASS, "GET /health → 200 OK (4ms)"),
                unhealthy()), ladder)).isEmpty();
    }

    @Test
    void noRetryWhenMoreThanTheHealthcheckFailed() {
        Check exited = new Check("app", Variant.OPTIMIZED, CheckCategory.HEALTH, "health", CheckStatus.FAIL,
                "container exited (code 1) before answering HTTP", "");
        assertThat(HealthcheckRetry.of(service, trial(first, originalHealth(CheckStatus.PASS, "GET / → 200 OK (4ms)"),
                unhealthy(), exited), ladder)).isEmpty();
    }

    @Test
    void aWorkerWhoseProbeFailsOnTheOriginalTooGetsNoHealthcheckAndTheReason() {
        Check noPong = new Check("app", Variant.ORIGINAL, CheckCategory.HEALTH, "health", CheckStatus.FAIL,
                "celery -A tasks inspect ping did not answer pong within 60s", "");
        Candidate retry = HealthcheckRetry.of(service, trial(first, noPong, unhealthy(), new Check("app", Variant.OPTIMIZED,
                CheckCategory.HEALTH, "health", CheckStatus.FAIL, noPong.summary(), "")), ladder).orElseThrow();
        assertThat(retry.result().changes()).extracting(Change::summary).contains("no HEALTHCHECK: the added one never"
                + " turned healthy on the engine, and the original failed its probe too (" + noPong.summary() + ")");
    }

    private static Check originalHealth(CheckStatus status, String summary) {
        return new Check("app", Variant.ORIGINAL, CheckCategory.HEALTH, "health", status, summary, "");
    }

    private static Check unhealthy() {
        return new Check("app", Variant.OPTIMIZED, CheckCategory.HEALTH, "healthcheck", CheckStatus.FAIL,
                "HEALTHCHECK unhealthy after 41s", "");
    }

    private static CandidateTrial trial(Candidate candidate, Check original, Check... optimizedFailures) {
        List<Check> checks = new ArrayList<>(List.of(original));
        checks.addAll(List.of(optimizedFailures));
        ServiceResult result = new ServiceResult("app", new BuiltImage("o", "sha256:o", 1_000, 10, 1),
                new BuiltImage("n", "sha256:n", 400, 6, 1), checks, List.of());
        return ProofJudge.judge(candidate, result, OptimizeOptions.defaults());
    }
}
