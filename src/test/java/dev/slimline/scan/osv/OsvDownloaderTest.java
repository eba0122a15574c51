package dev.slimline.scan.osv;

import static dev.slimline.scan.osv.OsvArchives.record;
import static dev.slimline.scan.osv.OsvArchives.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import dev.slimline.scan.version.Ecosystem;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the downloader against a local HTTP server on 127.0.0.1; never the internet. */
class OsvDownloaderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path dir;

    private LocalOsvServer server;
    private OsvDownloader downloader;

    @BeforeEach
    void start() throws IOException {
        server = new LocalOsvServer();
        downloader = new OsvDownloader(server.baseUrl(), Duration.ofSeconds(2), Duration.ofSeconds(5),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void defaultBaseUrlIsThePublicOsvBucket() {
        assertThat(new OsvDownloader().archiveUrl(Ecosystem.PYPI))
                .isEqualTo(URI.create("https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip"));
        assertThat(new OsvDownloader().archiveUrl(Ecosystem.RED_HAT).getRawPath()).isEqualTo("/Red%20Hat/all.zip");
    }

    @Test
    void downloadsIndexesAndOpensOffline() {
        server.serve("/osv/Debian/all.zip", zip(Map.of(
                "DSA-1.json", record("DSA-1", "Debian:12", "openssl", "0", "3.0.11-1~deb12u2"),
                "DSA-2.json", record("DSA-2", "Debian:11", "openssl", "0", "1.1.1w-0+deb11u1"),
                "DLA-3.json", record("DLA-3", "Debian:12", "curl", "0", "7.88.1-10+deb12u5"))));
        server.serve("/osv/PyPI/all.zip", zip(Map.of(
                "PYSEC-1.json", record("PYSEC-1", "PyPI", "Django", "4.0", "4.2.8"))));

        List<OsvDownloader.EcosystemUpdate> updates = downloader.update(dir, List.of(Ecosystem.DEBIAN, Ecosystem.PYPI));

        assertThat(updates).extracting(OsvDownloader.EcosystemUpdate::advisories).containsExactly(3, 1);
        assertThat(updates).allSatisfy(u -> assertThat(u.skipped()).isEmpty());
        try (OsvDatabase db = OsvDatabase.open(dir)) {
            assertThat(db.ecosystems()).containsExactlyInAnyOrder(Ecosystem.DEBIAN, Ecosystem.PYPI);
            assertThat(db.updatedAt(Ecosystem.DEBIAN)).contains(NOW);
            PackageCoordinate libssl = new PackageCoordinate("Debian:12", "libssl3", "openssl", "3.0.11-1~deb12u1");
            assertThat(db.advisoriesFor(libssl)).extracting(Advisory::id).containsExactly("DSA-1");
            assertThat(db.match(libssl)).singleElement().isInstanceOfSatisfying(MatchResult.Vulnerable.class,
                    v -> assertThat(v.fixedVersion()).contains("3.0.11-1~deb12u2"));
            assertThat(db.match(new PackageCoordinate("Debian:12", "libssl3", "openssl", "3.0.11-1~deb12u2"))).isEmpty();
            assertThat(db.match(PackageCoordinate.of("PyPI", "django", "4.1"))).hasSize(1);
            assertThat(db.advisoriesFor(PackageCoordinate.of("npm", "django", "4.1.0"))).isEmpty();
        }
    }

    @Test
    void aSecondUpdateReplacesTheArchiveAndRemovesTheOldOne() throws IOException {
        server.serve("/osv/npm/all.zip", zip(Map.of("GHSA-1.json", record("GHSA-1", "npm", "a", "0", "1.0.0"))));
        downloader.update(dir, Ecosystem.NPM);
        server.serve("/osv/npm/all.zip", zip(Map.of(
                "GHSA-1.json", record("GHSA-1", "npm", "a", "0", "1.0.0"),
                "GHSA-2.json", record("GHSA-2", "npm", "b", "0", "2.0.0"))));
        downloader.update(dir, Ecosystem.NPM);

        try (Stream<Path> files = Files.list(dir.resolve("npm"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .hasSize(3).contains(OsvIndex.FILE_NAME, OsvDownloader.VALIDATORS_FILE).anyMatch(n -> n.matches("all-\\d+-[0-9a-f]{8}\\.zip"));
        }
        try (OsvDatabase db = OsvDatabase.open(dir)) {
            assertThat(db.advisoriesFor(PackageCoordinate.of("npm", "b", "1.0.0"))).hasSize(1);
        }
    }

    @Test
    void failedUpdatesKeepThePreviousDatabase() throws IOException {
        server.serve("/osv/npm/all.zip", zip(Map.of("GHSA-1.json", record("GHSA-1", "npm", "a", "0", "1.0.0"))));
        downloader.update(dir, Ecosystem.NPM);
        byte[] before = Files.readAllBytes(dir.resolve("npm").resolve(OsvIndex.FILE_NAME));

        server.serve("/osv/npm/all.zip", "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> downloader.update(dir, Ecosystem.NPM))
                .isInstanceOf(SlimlineException.class)
                .hasMessageMatching("http://127\\.0\\.0\\.1:\\d+/osv/npm/all\\.zip is not a valid zip archive: .*");

        server.serve("/osv/npm/all.zip", zip(Map.of("README.txt", "no records here")));
        assertThatThrownBy(() -> downloader.update(dir, Ecosystem.NPM))
                .hasMessageEndingWith("/osv/npm/all.zip holds no readable OSV record");

        assertThat(Files.readAllBytes(dir.resolve("npm").resolve(OsvIndex.FILE_NAME))).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir.resolve("npm"))) {
            assertThat(files).as("no .part files left behind").hasSize(3); // index, archive, validators
        }
        try (OsvDatabase db = OsvDatabase.open(dir)) {
            assertThat(db.advisoriesFor(PackageCoordinate.of("npm", "a", "0.1.0"))).hasSize(1);
        }
    }

    @Test
    void malformedRecordsAreSkippedAndListed() {
        server.serve("/osv/Go/all.zip", zip(Map.of(
                "GO-1.json", record("GO-1", "Go", "example.com/m", "0", "1.2.0"),
                "GO-2.json", "{\"id\": \"GO-2\", \"affected\": [{}]}")));
        OsvDownloader.EcosystemUpdate update = downloader.update(dir, Ecosystem.GO);
        assertThat(update.advisories()).isEqualTo(1);
        assertThat(update.skipped()).singleElement().asString()
                .endsWith("/osv/Go/all.zip!GO-2.json: $.affected[0].package is missing");
    }

    @Test
    void oversizedRecordsAreSkippedNotInflatedIntoMemory() {
        String padding = " ".repeat((int) OsvArchiveIndexer.MAX_RECORD_BYTES);
        server.serve("/osv/Go/all.zip", zip(Map.of(
                "GO-1.json", record("GO-1", "Go", "example.com/m", "0", "1.2.0"),
                "GO-BOMB.json", "{" + padding + "\"id\": \"GO-BOMB\"}")));
        OsvDownloader.EcosystemUpdate update = downloader.update(dir, Ecosystem.GO);
        assertThat(update.advisories()).isEqualTo(1);
        assertThat(update.skipped()).singleElement().asString()
                .endsWith("/osv/Go/all.zip!GO-BOMB.json: cannot read OSV record: record larger than 16 MiB");
    }

    @Test
    void httpErrorsAreOneLine() {
        assertThatThrownBy(() -> downloader.update(dir, Ecosystem.ALPINE))
                .isInstanceOfSatisfying(SlimlineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SlimlineException.Kind.UNAVAILABLE);
                    assertThat(e.oneLine()).matches(
                            "OSV download failed: GET http://127\\.0\\.0\\.1:\\d+/osv/Alpine/all\\.zip: HTTP 404");
                });
    }

    @Test
    void connectionRefusedIsOneLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        OsvDownloader nowhere = new OsvDownloader(URI.create("http://127.0.0.1:" + closedPort),
                Duration.ofSeconds(2), Duration.ofSeconds(2), Clock.systemUTC());
        assertThatThrownBy(() -> nowhere.update(dir, Ecosystem.MAVEN))
                .hasMessageStartingWith("OSV download failed: GET http://127.0.0.1:" + closedPort
                        + "/Maven/all.zip: cannot connect");
    }

    @Test
    void aStalledServerTimesOut() {
        server.stall("/osv/Maven/all.zip");
        OsvDownloader impatient = new OsvDownloader(server.baseUrl(), Duration.ofSeconds(2), Duration.ofMillis(300),
                Clock.systemUTC());
        long start = System.nanoTime();
        assertThatThrownBy(() -> impatient.update(dir, Ecosystem.MAVEN))
                .hasMessageEndingWith("/osv/Maven/all.zip: no response within 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
