package dev.slimline.scan.osv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.scan.version.Ecosystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db update} downloads an archive only when it changed (ETag / If-Modified-Since), against 127.0.0.1. */
class OsvConditionalDownloadTest {

    @TempDir
    Path dir;
    private LocalOsvServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalOsvServer();
        server.serve("/osv/PyPI/all.zip", OsvArchives.zip(Map.of(
                "PYSEC-1.json", OsvArchives.record("PYSEC-1", "PyPI", "flask", "0", "2.2.5"))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OsvDownloader downloaderAt(String instant) {
        return new OsvDownloader(server.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(5),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void anUnchangedArchiveIsNotDownloadedAgainButCountsAsFresh() throws IOException {
        OsvDownloader.EcosystemUpdate first = downloaderAt("2026-12-01T00:00:00Z").update(dir, Ecosystem.PYPI);
        assertThat(first.unchanged()).isFalse();
        assertThat(first.bytes()).isPositive();
        String archive = OsvIndex.read(dir.resolve("PyPI/index.json")).archive();

        OsvDownloader.EcosystemUpdate second = downloaderAt("2026-12-02T00:00:00Z").update(dir, Ecosystem.PYPI);

        assertThat(second.unchanged()).isTrue();
        assertThat(second.bytes()).isZero();
        assertThat(second.advisories()).isEqualTo(1);
        assertThat(server.notModified()).isEqualTo(1);
        assertThat(server.conditionalHeaders().get(0)).isEqualTo("null | null");
        assertThat(server.conditionalHeaders().get(1)).startsWith("\"").endsWith(" | Wed, 02 Dec 2026 10:00:00 GMT");
        OsvIndex index = OsvIndex.read(dir.resolve("PyPI/index.json"));
        assertThat(index.archive()).isEqualTo(archive);
        assertThat(index.updatedAt()).isEqualTo("2026-12-02T00:00:00Z");
        try (OsvDatabase db = OsvDatabase.open(dir)) {
            assertThat(db.match(PackageCoordinate.of("PyPI", "flask", "2.0.0"))).hasSize(1);
        }
    }

    @Test
    void aChangedArchiveIsDownloadedAndAMissingArchiveIsNeverAskedConditionally() throws IOException {
        downloaderAt("2026-12-01T00:00:00Z").update(dir, Ecosystem.PYPI);
        server.serve("/osv/PyPI/all.zip", OsvArchives.zip(Map.of(
                "PYSEC-1.json", OsvArchives.record("PYSEC-1", "PyPI", "flask", "0", "2.2.5"),
                "PYSEC-2.json", OsvArchives.record("PYSEC-2", "PyPI", "jinja2", "0", "3.1.3"))));
        OsvDownloader.EcosystemUpdate changed = downloaderAt("2026-12-02T00:00:00Z").update(dir, Ecosystem.PYPI);
        assertThat(changed.unchanged()).isFalse();
        assertThat(changed.advisories()).isEqualTo(2);

        Files.delete(dir.resolve("PyPI").resolve(OsvIndex.read(dir.resolve("PyPI/index.json")).archive()));
        OsvDownloader.EcosystemUpdate refetched = downloaderAt("2026-12-03T00:00:00Z").update(dir, Ecosystem.PYPI);
        assertThat(refetched.unchanged()).isFalse();
        assertThat(server.conditionalHeaders().get(2)).isEqualTo("null | null");
        assertThat(server.notModified()).isZero();
    }
}
