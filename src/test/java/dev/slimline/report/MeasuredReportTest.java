package dev.slimline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How measured, failed and estimated rows, and the savings line, read in each format. */
class MeasuredReportTest {

    private static ServiceReport estimated(String name, long bytes, int layers) {
        return new ServiceReport(name, name + "/Dockerfile", "node:18", bytes, true, false, layers,
                Optional.of("Build tools in final image"), true, List.of(), List.of(), "node:18-slim", 300_000_000L,
                "slim sibling");
    }

    private static AuditReport report() {
        ServiceReport api = estimated("services/api", 1_200_000_000L, 9).withMeasurement(
                new Measurement(Measurement.Source.BUILD, "slimline-audit/services/api:original",
                        Optional.of("sha256:aaa"), Optional.of(Duration.ofMillis(12_500)), Optional.empty()),
                1_132_837_742L, 13);
        ServiceReport worker = estimated("services/worker", 1_100_000_000L, 10).withMeasurement(
                new Measurement(Measurement.Source.BUILD, "slimline-audit/services/worker:original", Optional.empty(),
                        Optional.empty(), Optional.of("build failed (exit 1): pip could not reach the index")), 0, 0);
        return new AuditReport(".", List.of(api, worker), List.of(),
                new AuditReport.Savings(api.sizeBytes() + worker.sizeBytes(), 600_000_000L,
                        AuditReport.Savings.Basis.PARTLY_MEASURED), List.of());
    }

    @Test
    void tableShowsMeasuredFiguresWithoutTildeAndTheFailureOnItsRow() {
        String table = new TableRenderer().render(report());

        assertThat(table).contains("│ services/api    │ node:18    │ 1.1 GB                 │ 13     │")
                .contains("│ services/worker │ node:18    │ ~1.1 GB (build failed) │ 10     │")
                .contains("Estimated total savings with optimization: 2.2 GB partly measured → ~600 MB estimated"
                        + " (73% reduction)\n")
                .contains("Not measured (estimates shown):\n"
                        + "  services/worker: build failed (exit 1): pip could not reach the index\n");
    }

    @Test
    void jsonSaysWhichFiguresAreMeasuredAndKeepsTheExistingFields() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new JsonRenderer().render(report()));

        JsonNode api = json.path("services").get(0);
        assertThat(api.path("size").path("bytes").asLong()).isEqualTo(1_132_837_742L);
        assertThat(api.path("size").path("estimated").asBoolean()).isFalse();
        assertThat(api.path("size").path("approximate").asBoolean()).isFalse();
        assertThat(api.path("size").path("measured").asBoolean()).isTrue();
        assertThat(api.path("size").path("source").asText()).isEqualTo("build");
        assertThat(api.path("layers").asInt()).isEqualTo(13);
        assertThat(api.path("measurement").path("imageId").asText()).isEqualTo("sha256:aaa");
        assertThat(api.path("measurement").path("buildSeconds").asDouble()).isEqualTo(12.5);
        JsonNode worker = json.path("services").get(1);
        assertThat(worker.path("size").path("bytes").asLong()).isEqualTo(1_100_000_000L);
        assertThat(worker.path("size").path("estimated").asBoolean()).isTrue();
        assertThat(worker.path("size").path("source").asText()).isEqualTo("estimate");
        assertThat(worker.path("measurement").path("error").asText()).startsWith("build failed (exit 1)");
        assertThat(json.path("savings").path("before").asText()).isEqualTo("partly measured");
        assertThat(json.path("savings").path("after").asText()).isEqualTo("estimated");
        assertThat(json.path("savings").path("estimated").asBoolean()).isTrue();
    }

    @Test
    void estimatesAloneReadAsBefore() throws Exception {
        AuditReport plain = new AuditReport(".", List.of(estimated("services/api", 1_200_000_000L, 9)), List.of(),
                new AuditReport.Savings(1_200_000_000L, 300_000_000L), List.of());

        assertThat(new TableRenderer().render(plain))
                .contains("Estimated total savings with optimization: 1.2 GB → 300 MB (75% reduction)\n")
                .doesNotContain("Not measured");
        JsonNode api = new ObjectMapper().readTree(new JsonRenderer().render(plain)).path("services").get(0);
        assertThat(api.has("measurement")).isFalse();
        assertThat(api.path("size").path("measured").asBoolean()).isFalse();
        assertThat(new MarkdownRenderer().render(plain)).contains("| ~1.2 GB |");
    }
}
