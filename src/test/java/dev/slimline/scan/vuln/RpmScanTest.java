package dev.slimline.scan.vuln;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.slimline.scan.catalog.Catalog;
import dev.slimline.scan.catalog.RpmFixtures;
import dev.slimline.scan.osv.OsvArchiveIndexer;
import dev.slimline.scan.osv.OsvArchives;
import dev.slimline.scan.osv.OsvDatabase;
import dev.slimline.scan.version.Ecosystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RPM images end to end: the database rpm wrote is cataloged and matched in the distribution os-release names.
 * Red Hat files advisories under a release's repositories and names binary packages; AlmaLinux under the release.
 */
class RpmScanTest {

    @TempDir
    Path dir;

    @Test
    void ubiImageMatchesRedHatAdvisoriesFiledUnderTheReleasesRepositoriesWithEpochs() throws IOException {
        Catalog catalog = RpmFixtures.catalog(RpmFixtures.UBI9_OS_RELEASE);
        index(Ecosystem.RED_HAT, Map.of(
                // the binary package, in the baseos repository of RHEL 9, fixed in a later release of epoch 1
                "RHSA-2024:0310.json", OsvArchives.record("RHSA-2024:0310", "Red Hat:enterprise_linux:9::baseos",
                        "openssl-libs", "0", "1:3.0.7-25.el9_3"),
                // the source package, fixed at 1.2.11-41: zlib 1.2.11-40 is affected
                "RHSA-2023:7000.json", OsvArchives.record("RHSA-2023:7000", "Red Hat:enterprise_linux:9::appstream",
                        "zlib", "0", "1.2.11-41.el9"),
                // no epoch means epoch 0: openssl-libs 1:3.0.7 is past it
                "RHSA-2022:0001.json", OsvArchives.record("RHSA-2022:0001", "Red Hat:enterprise_linux:9::baseos",
                        "openssl", "0", "3.0.8-1.el9"),
                // another release's advisory does not apply
                "RHSA-2024:0002.json", OsvArchives.record("RHSA-2024:0002", "Red Hat:enterprise_linux:8::baseos",
                        "tzdata", "0", "2025a-1.el8")));

        try (OsvDatabase db = OsvDatabase.open(dir)) {
            OsvScanner.Matches matches = new OsvScanner(db).match(catalog);
            assertThat(matches.findings()).extracting(VulnerabilityFinding::id, VulnerabilityFinding::packageName, VulnerabilityFinding::fixedVersion)
                    .containsExactlyInAnyOrder(
                            tuple("RHSA-2024:0310", "openssl-libs",
                                    Optional.of("1:3.0.7-25.el9_3")),
                            tuple("RHSA-2023:7000", "zlib",
                                    Optional.of("1.2.11-41.el9")));
            assertThat(matches.unscanned()).isEmpty();
        }
    }

    @Test
    void almaLinuxImageMatchesAlmaLinuxAdvisoriesBySourcePackage() throws IOException {
        Catalog catalog = RpmFixtures.catalog("""
                NAME="AlmaLinux"
                VERSION="9.3 (Shamrock Pampas Cat)"
                ID="almalinux"
                VERSION_ID="9.3"
                """);
        index(Ecosystem.ALMALINUX, Map.of("ALSA-2024:0310.json",
                OsvArchives.record("ALSA-2024:0310", "AlmaLinux:9", "openssl", "0", "1:3.0.7-25.el9_3")));

        try (OsvDatabase db = OsvDatabase.open(dir)) {
            OsvScanner.Matches matches = new OsvScanner(db).match(catalog);
            assertThat(matches.findings()).extracting(VulnerabilityFinding::id, VulnerabilityFinding::packageName)
                    .containsExactly(tuple("ALSA-2024:0310", "openssl-libs"));
        }
    }

    @Test
    void fedoraHasNoOsvAdvisoriesSoItsPackagesAreReportedUnscanned() throws IOException {
        Catalog catalog = RpmFixtures.catalog("ID=fedora\nVERSION_ID=39\n");
        // Fedora is not RHEL: a RHEL advisory for its openssl must not be borrowed
        index(Ecosystem.RED_HAT, Map.of("RHSA-2024:0310.json", OsvArchives.record("RHSA-2024:0310",
                "Red Hat:enterprise_linux:9::baseos", "openssl-libs", "0", "1:3.0.7-25.el9_3")));
        try (OsvDatabase db = OsvDatabase.open(dir)) {
            OsvScanner.Matches matches = new OsvScanner(db).match(catalog);
            assertThat(matches.findings()).isEmpty();
            assertThat(matches.unscanned()).hasSize(3)
                    .allMatch(u -> u.reason().equals("no OSV advisories known for distribution 'fedora 39'"));
        }
    }

    private void index(Ecosystem ecosystem, Map<String, String> records) throws IOException {
        Path target = Files.createDirectories(dir.resolve(ecosystem.osvName()));
        Path zip = target.resolve("all.zip");
        Files.write(zip, OsvArchives.zip(records));
        OsvArchiveIndexer.index(zip, ecosystem, "all.zip", "fixture", Instant.parse("2026-12-01T00:00:00Z"))
                .index().writeAtomically(target.resolve("index.json"));
    }
}
