package dev.slimline.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @Test
    void recordsTheGatedServicesAndKeepsTheOthers(@TempDir Path dir) throws Exception {
        Baseline old = new Baseline(Map.of("services/web-app", new Baseline.Entry(120, "web:1", "2026-01-01T00:00:00Z"),
                "services/api", new Baseline.Entry(1, "old", "2026-01-01T00:00:00Z")));
        GateResult result = new GateResult(List.of(new ServiceVerdict("services/api", "services/api/Dockerfile",
                GateFixtures.figures(165_000_000L, Optional.empty()), Optional.empty(), List.of())));
        Path file = dir.resolve(Baseline.FILE_NAME);
        Files.writeString(file, old.record(result, Instant.parse("2026-11-26T17:00:00Z")).toJson());

        Baseline read = Baseline.load(file);
        assertThat(read.sizeOf("services/api")).contains(165_000_000L);
        assertThat(read.services().get("services/api").recordedAt()).isEqualTo("2026-11-26T17:00:00Z");
        assertThat(read.sizeOf("services/web-app")).contains(120L);
        assertThat(read.sizeOf("services/worker")).isEmpty();
    }

    @Test
    void missingFileIsAnEmptyBaseline(@TempDir Path dir) {
        assertThat(Baseline.load(dir.resolve("none.json")).services()).isEmpty();
    }

    @Test
    void malformedBaselineIsBadInputNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(Baseline.FILE_NAME);
        Files.writeString(file, "{\"services\": {\"api\": {\"sizeBytes\": \"big\"}}}");
        assertThatThrownBy(() -> Baseline.load(file)).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("baseline entry 'api' has no numeric sizeBytes");
        Files.writeString(file, "{\"services\": ");
        assertThatThrownBy(() -> Baseline.load(file)).isInstanceOf(SlimlineException.class)
                .satisfies(e -> assertThat(((SlimlineException) e).oneLine()).startsWith(file.toString() + ":1:"));
    }
}
