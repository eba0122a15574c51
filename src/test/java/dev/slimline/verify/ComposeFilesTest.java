package dev.slimline.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slimline.SlimlineException;
import dev.slimline.project.RuntimeSettings;
import dev.slimline.project.ServiceModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeFilesTest {

    @Test
    void verifyPlansTheExampleMonoreposServicesFromItsComposeFile() {
        Path root = Path.of("examples/monorepo");
        VerifyPlan plan = new VerifyPlanner(service -> java.util.Optional.empty(), root)
                .plan(root, List.of(), Map.of("api", root.resolve("services/api/Dockerfile"),
                        "worker", root.resolve("services/worker/Dockerfile"),
                        "web-app", root.resolve("services/web-app/Dockerfile")), Map.of());
        assertThat(plan.sidecars()).containsExactly(new Sidecar("redis", "redis:7", Map.of()));
        ServiceRuntime worker = runtime(plan, "services/worker");
        assertThat(worker.composeName()).isEqualTo("worker");
        assertThat(worker.buildNetwork()).isEqualTo("host");
        assertThat(worker.env()).containsEntry("CELERY_BROKER_URL", "redis://redis:6379/0");
        assertThat(worker.dependsOn()).containsExactly("redis");
        ServiceRuntime api = runtime(plan, "services/api");
        assertThat(api.containerPorts()).containsExactly(8080);
        assertThat(api.buildNetwork()).isNull();
        assertThat(runtime(plan, "services/web-app").dependsOn()).containsExactly("api");
    }

    private static ServiceRuntime runtime(VerifyPlan plan, String name) {
        return plan.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().runtime();
    }

    @Test
    void portFormsAndListEnvironment(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  app:
                    build: .
                    environment: [A=1, B]
                    ports: ["80", "127.0.0.1:9000:9001/tcp", {target: 7000}, "${P}:3000", "5000-5001:5000-5001"]
                    depends_on: {db: {condition: service_healthy}}
                """);
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        RuntimeSettings app = ServiceModel.read(dir).services().get(0).runtime().orElseThrow();
        assertThat(app.containerPorts()).containsExactly(80, 9001, 7000, 3000, 5000);
        assertThat(app.env()).containsEntry("A", "1").containsEntry("B", "");
        assertThat(app.dependsOn()).containsExactly("db");
    }

    @Test
    void aComposeFileWithoutServicesIsBadInput(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("docker-compose.yml"), "version: '3'\n");
        assertThatThrownBy(() -> ServiceModel.read(dir)).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("no 'services'");
    }

    @Test
    void writtenProjectPublishesOnLoopbackAndLabelsEverything() throws Exception {
        String yaml = ComposeProjectWriter.write(List.of(
                new ComposeService("redis", "redis:7", Map.of(), List.of(), List.of(), List.of("/data"),
                        Map.of("dev.slimline.verify.service", "r/optimized/redis")),
                new ComposeService("api", "slimline-verify/api:optimized-r", Map.of("PORT", "8080"), List.of(8080),
                        List.of("redis", "not-in-project"), List.of(), Map.of())),
                Map.of(RunLabel.KEY, "r"), "# header\n");
        assertThat(yaml).startsWith("# header\n");
        JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        assertThat(tree.get("version").asText()).isEqualTo("2.4");
        JsonNode api = tree.get("services").get("api");
        assertThat(api.get("ports").get(0).asText()).isEqualTo("127.0.0.1::8080");
        assertThat(api.get("environment").get("PORT").asText()).isEqualTo("8080");
        assertThat(api.get("depends_on")).hasSize(1);
        assertThat(api.get("labels").get(RunLabel.KEY).asText()).isEqualTo("r");
        JsonNode redis = tree.get("services").get("redis");
        assertThat(redis.get("volumes").get(0).asText()).isEqualTo("redis-volume-0:/data");
        assertThat(redis.get("labels").get("dev.slimline.verify.service").asText()).isEqualTo("r/optimized/redis");
        assertThat(tree.get("volumes").get("redis-volume-0").get("labels").get(RunLabel.KEY).asText()).isEqualTo("r");
        assertThat(tree.get("networks").get("default").get("labels").get(RunLabel.KEY).asText()).isEqualTo("r");
    }

    @Test
    void aServiceWithAHealthcheckPaceGetsOnlyIntervalAndRetriesSoTheImageKeepsItsTest() throws Exception {
        String yaml = ComposeProjectWriter.write(List.of(
                new ComposeService("api", "api:optimized", Map.of(), List.of(8080), List.of(), List.of(), Map.of(),
                        new HealthcheckPolling(java.time.Duration.ofSeconds(1), 90)),
                new ComposeService("worker", "worker:optimized", Map.of(), List.of(), List.of(), List.of(), Map.of())),
                Map.of(RunLabel.KEY, "r"), "");
        JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(yaml).get("services");
        JsonNode healthcheck = services.get("api").get("healthcheck");
        assertThat(healthcheck.get("interval").asText()).isEqualTo("1s");
        assertThat(healthcheck.get("retries").asInt()).isEqualTo(90);
        assertThat(healthcheck.has("test")).isFalse();
        assertThat(services.get("worker").has("healthcheck")).isFalse();
    }
}
