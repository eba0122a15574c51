package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slimline.SlimlineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptEmitterTest {

    private static VerifyPlan monorepo(Path work) {
        Path optimized = VerifyPlannerTest.OPTIMIZED;
        return new VerifyPlanner(OptimizedDockerfileSource.none(), work).plan(VerifyPlannerTest.MONOREPO, List.of(),
                Map.of("api", optimized.resolve("api.Dockerfile"), "worker", optimized.resolve("worker.Dockerfile"),
                        "web-app", optimized.resolve("web-app.Dockerfile")), Map.of());
    }

    @Test
    void writesAScriptBashAcceptsAndAComposeFileWithVariables(@TempDir Path work) throws Exception {
        Path dir = Path.of("target/emit-unit").toAbsolutePath();
        List<Path> written = new ScriptEmitter().emit(monorepo(work), dir, true);
        Path script = dir.resolve("scripts/verify-docker-optimization.sh");
        assertThat(written).containsExactly(script, dir.resolve("docker-compose.verify.yml"));
        assertThat(Files.isExecutable(script)).isTrue();
        Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(bash.getInputStream().readAllBytes())).isEmpty();
        assertThat(bash.exitValue()).isZero();
        String text = Files.readString(script);
        assertThat(text).contains("build_service 'services/worker' 'services-worker' '../../examples/monorepo/services/worker'"
                + " '../../examples/monorepo/services/worker/Dockerfile'"
                + " '../../src/test/resources/verify/monorepo/worker.Dockerfile' 'host' '../../examples/monorepo/services/worker'");
        assertThat(text).contains("check_service 'services/api' 'api' 'services-api' http 8080 '/health /healthz /api/health /'");
        assertThat(text).contains("check_service 'services/worker' 'worker' 'services-worker' command"
                + " 'celery -A tasks inspect ping --timeout 10'");
        assertThat(text).doesNotContain("@TOOL_LOOKUP@");
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(dir.resolve("docker-compose.verify.yml").toFile());
        assertThat(compose.get("services").get("api").get("image").asText())
                .isEqualTo("slimline-verify/services-api:${VERIFY_VARIANT}-${VERIFY_RUN_ID}");
        assertThat(compose.get("services").get("redis").get("image").asText()).isEqualTo("redis:7");
        assertThat(compose.get("services").get("worker").get("labels").get("dev.slimline.verify.service").asText())
                .isEqualTo("${VERIFY_RUN_ID}/${VERIFY_VARIANT}/worker");
    }

    @Test
    void refusesToOverwriteWithoutForce(@TempDir Path work, @TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(dir.resolve("scripts/verify-docker-optimization.sh"), "mine");
        assertThatThrownBy(() -> new ScriptEmitter().emit(monorepo(work), dir, false))
                .isInstanceOf(SlimlineException.class).hasMessageContaining("exists; pass --force");
        assertThat(Files.readString(dir.resolve("scripts/verify-docker-optimization.sh"))).isEqualTo("mine");
    }

    @Test
    void quotesForBash() {
        assertThat(ScriptEmitter.quote("it's")).isEqualTo("'it'\\''s'");
    }
}
