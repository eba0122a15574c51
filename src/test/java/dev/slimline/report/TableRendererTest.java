package dev.slimline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableRendererTest {

    private static ServiceReport service(String name, String base, long bytes, int layers, String issue, boolean ignore) {
        return new ServiceReport(name, name + "/Dockerfile", base, bytes, true, false, layers, Optional.of(issue), ignore,
                List.of(), List.of(), base + "-slim", bytes / 10, "test");
    }

    @Test
    void drawsTheStoryTable() {
        AuditReport report = new AuditReport(".", List.of(
                service("services/api", "node:18", 1_400_000_000L, 22, "No multi-stage, full node", false),
                service("services/web-app", "node:18", 980_000_000L, 15, "Dev dependencies included", true)),
                List.of(), new AuditReport.Savings(2_380_000_000L, 380_000_000L), List.of());

        assertThat(new TableRenderer().render(report)).isEqualTo("""
                Docker Image Audit:
                ┌──────────────────┬────────────┬────────────┬────────┬───────────────────────────┐
                │ Service          │ Base Image │ Image Size │ Layers │ Top Issue                 │
                ├──────────────────┼────────────┼────────────┼────────┼───────────────────────────┤
                │ services/api     │ node:18    │ ~1.4 GB    │ 22     │ No multi-stage, full node │
                │ services/web-app │ node:18    │ ~980 MB    │ 15     │ Dev dependencies included │
                └──────────────────┴────────────┴────────────┴────────┴───────────────────────────┘

                Missing .dockerignore: services/api
                Estimated total savings with optimization: 2.4 GB → 380 MB (84% reduction)
                """);
    }

    @Test
    void listsParseErrorsAfterTheTable() {
        AuditReport report = new AuditReport(".", List.of(),
                List.of(new AuditReport.ParseError("a/Dockerfile", 3, 7, "unknown instruction: FRUM")),
                new AuditReport.Savings(0, 0), List.of());

        assertThat(new TableRenderer().render(report)).contains("No Dockerfiles audited under .")
                .contains("  a/Dockerfile:3:7: unknown instruction: FRUM");
    }

    @Test
    void sizesPrintLikeDocker() {
        assertThat(SizeText.of(1_840_000_000L)).isEqualTo("1.8 GB");
        assertThat(SizeText.of(340_400_000L)).isEqualTo("340 MB");
        assertThat(SizeText.of(2_000_000L, true)).isEqualTo("~2 MB");
    }
}
