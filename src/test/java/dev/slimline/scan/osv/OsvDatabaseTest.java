package dev.slimline.scan.osv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import dev.slimline.scan.version.Ecosystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsvDatabaseTest {

    @TempDir
    Path dir;

    private void writeIndex(Ecosystem ecosystem, String updatedAt) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(ecosystem.osvName()));
        new OsvIndex(OsvIndex.FORMAT, ecosystem.osvName(), updatedAt, "test", "all-1.zip", 0, Map.of())
                .writeAtomically(folder.resolve(OsvIndex.FILE_NAME));
    }

    @Test
    void stalenessFollowsTheOldestEcosystem() throws IOException {
        writeIndex(Ecosystem.DEBIAN, "2026-11-20T00:00:00Z");
        writeIndex(Ecosystem.NPM, "2026-11-10T00:00:00Z");
        Clock now = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
        try (OsvDatabase db = OsvDatabase.open(dir)) {
            assertThat(db.oldestUpdate()).isEqualTo(Instant.parse("2026-11-10T00:00:00Z"));
            assertThat(db.isStale(Duration.ofDays(7), now)).isTrue();
            assertThat(db.isStale(Duration.ofDays(12), now)).isFalse();
        }
    }

    @Test
    void missingDatabaseSaysWhatToRun() {
        assertThatThrownBy(() -> OsvDatabase.open(dir.resolve("nothing")))
                .isInstanceOfSatisfying(SlimlineException.class,
                        e -> assertThat(e.kind()).isEqualTo(SlimlineException.Kind.UNAVAILABLE))
                .hasMessage("no OSV database at " + dir.resolve("nothing") + " (run `slimline db update`)");
        assertThatThrownBy(() -> OsvDatabase.open(dir)).hasMessageEndingWith("(run `slimline db update`)");
    }

    @Test
    void corruptIndexNamesFileLineAndColumn() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("PyPI"));
        Files.writeString(folder.resolve(OsvIndex.FILE_NAME), "{\"format\": 1,\n \"packages\": {]}");
        assertThatThrownBy(() -> OsvDatabase.open(dir))
                .isInstanceOfSatisfying(SlimlineException.class, e -> assertThat(e.oneLine())
                        .startsWith(folder.resolve(OsvIndex.FILE_NAME) + ":2:")
                        .contains("corrupt OSV index (run `slimline db update`)"));
    }

    @Test
    void indexFromAnotherFormatIsRejected() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("Go"));
        Files.writeString(folder.resolve(OsvIndex.FILE_NAME), "{\"format\": 99, \"packages\": {}}");
        assertThatThrownBy(() -> OsvDatabase.open(dir)).hasMessageContaining("not an OSV index of format 1");
    }

    @Test
    void packagesOfEcosystemsNotDownloadedHaveNoAdvisories() throws IOException {
        writeIndex(Ecosystem.DEBIAN, "2026-11-20T00:00:00Z");
        try (OsvDatabase db = OsvDatabase.open(dir)) {
            assertThat(db.advisoriesFor(PackageCoordinate.of("npm", "a", "1.0.0"))).isEqualTo(List.of());
            assertThat(db.advisoriesFor(PackageCoordinate.of("Debian:12", "curl", "7.0-1"))).isEmpty();
        }
    }
}
