package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.image.TestImageArchives.LayerTar;
import dev.slimline.scan.catalog.CatalogFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slimline scan}, {@code sbom} and {@code db update} on hand-made archives (the engine-backed story is
 * ScanIT): formats, thresholds, ignore file, unscanned packages, secrets, stale database, errors.
 */
class ScanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path db;
    static Path image;

    @BeforeAll
    static void imageAndDatabase() throws IOException {
        image = dir.resolve("app.tar");
        Files.write(image, CatalogFixtures.image(List.of(
                new LayerTar()
                        .file("etc/os-release", CatalogFixtures.OS_RELEASE)
                        .file("var/lib/dpkg/status", CatalogFixtures.DPKG_STATUS
                                + "\nPackage: broken\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1.0:bad\n")
                        .file("app/node_modules/lodash/package.json", "{\"name\":\"lodash\",\"version\":\"4.17.20\"}")
                        .file("root/.ssh/id_ed25519", "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n"),
                new LayerTar().whiteout("root/.ssh/id_ed25519"))));
        db = dir.resolve("osv");
        FixtureAdvisories.load(db, Map.of(
                "Debian", Map.of(
                        "DSA-5600-1.json", FixtureAdvisories.advisory("DSA-5600-1", "CVE-2024-0727", "openssl - NULL dereference",
                                "Debian:12", "openssl", "3.0.13-1~deb12u1", FixtureAdvisories.HIGH_VECTOR),
                        "DSA-5601-1.json", FixtureAdvisories.advisory("DSA-5601-1", "CVE-2023-4039", "gcc-12 - stack protector",
                                "Debian:12", "gcc-12", "12.2.0-15", FixtureAdvisories.MEDIUM_VECTOR),
                        "DSA-5602-1.json", FixtureAdvisories.advisory("DSA-5602-1", "CVE-2024-0001", "broken - anything",
                                "Debian:12", "broken", "2.0", FixtureAdvisories.MEDIUM_VECTOR)),
                "npm", Map.of(
                        "GHSA-35jh-r3h4-6jhm.json", FixtureAdvisories.advisory("GHSA-35jh-r3h4-6jhm", "CVE-2021-23337",
                                "Command Injection in lodash", "npm", "lodash", "4.17.21", FixtureAdvisories.HIGH_VECTOR))));
    }

    private static CliHarness.Result scan(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "scan";
        all[1] = "--db";
        all[2] = db.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return CliHarness.run(all);
    }

    @Test
    void tableListsFindingsBySourcePackageWithFixedVersionsUnscannedPackagesAndSecrets() {
        CliHarness.Result result = scan(image.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out())
                .contains(image + " (slimline, debian 12): 5 packages, 3 vulnerabilities (high 2, medium 1)")
                .contains("deb:libssl3", "DSA-5600-1", "3.0.13-1~deb12u1", "HIGH 7.5")
                // libgcc-s1 is a binNMU: matched by its source gcc-12 at the source version 12.2.0-14
                .contains("deb:libgcc-s1", "DSA-5601-1", "MEDIUM 5.3")
                .contains("npm:lodash", "GHSA-35jh-r3h4-6jhm", "4.17.21")
                .contains("Not scanned (1):", "deb broken 1.0:bad: invalid Debian version '1.0:bad'")
                .contains("PRIVATE_KEY", "/root/.ssh/id_ed25519 (layer 0, deleted later but still in that layer)")
                .contains("ENV", "ENV API_TOKEN")
                .doesNotContain("AAAA").doesNotContain("not-printed");
        assertThat(result.out().indexOf("DSA-5601-1")).isGreaterThan(result.out().indexOf("DSA-5600-1"));
    }

    @Test
    void failOnIsAThreshold() {
        assertThat(scan(image.toString(), "--fail-on", "critical").exitCode()).isZero();
        assertThat(scan(image.toString(), "--fail-on", "high").exitCode()).isEqualTo(1);
        assertThat(scan(image.toString(), "--fail-on", "low").exitCode()).isEqualTo(1);
        CliHarness.Result bad = scan(image.toString(), "--fail-on", "severe");
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err().strip()).isEqualTo("slimline: --fail-on must be one of info, low, medium, high, critical, not 'severe'");
    }

    @Test
    void ignoreFileAcceptsByAliasUntilItExpires() throws IOException {
        Path ignore = dir.resolve("ignore.yaml");
        Files.writeString(ignore, """
                ignore:
                  - id: CVE-2024-0727
                    reason: the service never parses PKCS12 files
                    expires: 2999-01-01
                  - id: GHSA-35jh-r3h4-6jhm
                    reason: template() is not used
                    expires: 2020-01-01
                """);
        CliHarness.Result result = scan(image.toString(), "--ignore-file", ignore.toString(), "--fail-on", "high");
        // lodash's acceptance expired, so its HIGH finding still fails the gate.
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("1 ignored", "ignored: the service never parses PKCS12 files");
        assertThat(result.err()).contains("ignore.yaml:5:").contains("GHSA-35jh-r3h4-6jhm expired on 2020-01-01");

        Files.writeString(ignore, """
                ignore:
                  - id: CVE-2024-0727
                    reason: the service never parses PKCS12 files
                  - id: CVE-2021-23337
                    reason: template() is not used
                """);
        assertThat(scan(image.toString(), "--ignore-file", ignore.toString(), "--fail-on", "high").exitCode()).isZero();
    }

    @Test
    void jsonAndSarifCarryTheSameFindings() throws IOException {
        JsonNode json = JSON.readTree(scan(image.toString(), "--format", "json").out());
        assertThat(json.path("packageCount").asInt()).isEqualTo(5);
        assertThat(json.path("vulnerabilities")).hasSize(3);
        assertThat(json.path("vulnerabilities").get(0).path("purl").asText()).startsWith("pkg:");
        assertThat(json.path("unscanned").get(0).path("name").asText()).isEqualTo("broken");

        JsonNode sarif = JSON.readTree(scan(image.toString(), "--format", "sarif").out());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("rules")).hasSize(4); // 3 advisories + the secret rule
        assertThat(run.path("results")).hasSize(5); // 3 findings + private key + ENV token
        assertThat(run.path("results").get(0).path("level").asText()).isEqualTo("error");
        assertThat(run.path("tool").path("driver").path("rules").get(0).path("properties").path("security-severity")
                .asText()).isEqualTo("7.5");
    }

    @Test
    void ignoreUnfixedLeavesOutFindingsWithoutAFix() throws IOException {
        Path unfixedDb = dir.resolve("osv-unfixed");
        FixtureAdvisories.load(unfixedDb, Map.of("Debian", Map.of("DSA-1.json", """
                {"id": "DSA-5603-1", "modified": "2024-05-02T10:00:00Z",
                 "severity": [{"type": "CVSS_V3", "score": "%s"}],
                 "affected": [{"package": {"ecosystem": "Debian:12", "name": "libxml2"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]}]}
                """.formatted(FixtureAdvisories.HIGH_VECTOR))));
        CliHarness.Result all = CliHarness.run("scan", image.toString(), "--db", unfixedDb.toString(), "--fail-on", "high");
        assertThat(all.exitCode()).isEqualTo(1);
        assertThat(all.out()).contains("DSA-5603-1", "(no fix)");
        CliHarness.Result fixedOnly = CliHarness.run("scan", image.toString(), "--db", unfixedDb.toString(),
                "--fail-on", "high", "--ignore-unfixed");
        assertThat(fixedOnly.exitCode()).isZero();
        assertThat(fixedOnly.out()).doesNotContain("DSA-5603-1");
    }

    @Test
    void aStaleDatabaseIsWarnedAbout() {
        CliHarness.Result fresh = scan(image.toString());
        assertThat(fresh.err()).doesNotContain("days old");
        CliHarness.Result stale = scan(image.toString(), "--max-db-age", "0");
        assertThat(stale.err()).contains("warning: the OSV database at " + db, "run `slimline db update`");
    }

    @Test
    void outputWritesTheBytesItWouldPrintAndPrintsNoReport() throws IOException {
        for (List<String> options : List.of(List.of("--format", "table"), List.of("--format", "json"),
                List.of("--compare", image.toString()))) {
            Path file = dir.resolve("report-" + options.get(1).hashCode() + ".out");
            List<String> printing = new java.util.ArrayList<>(options);
            printing.add(image.toString());
            List<String> writing = new java.util.ArrayList<>(printing);
            writing.addAll(List.of("-o", file.toString()));

            CliHarness.Result printed = scan(printing.toArray(String[]::new));
            CliHarness.Result written = scan(writing.toArray(String[]::new));

            assertThat(written.exitCode()).isEqualTo(printed.exitCode());
            assertThat(written.out()).isEmpty();
            assertThat(printed.out()).isNotEmpty();
            assertThat(Files.readString(file)).isEqualTo(printed.out());
            assertThat(printed.out()).as("not a terminal: no colour").doesNotContain("\033[");
        }
    }

    @Test
    void compareOfAnImageWithItselfChangesNothing() {
        CliHarness.Result result = scan("--compare", image.toString(), image.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Packages: 0 removed, 0 added",
                "Vulnerabilities: 0 removed, 0 added, 3 in both", "The new image introduces no vulnerabilities.");
    }

    @Test
    void errorsAreOneLineWithTheirExitCode() {
        CliHarness.Result noDb = CliHarness.run("scan", image.toString(), "--db", dir.resolve("none").toString());
        assertThat(noDb.exitCode()).isEqualTo(4);
        assertThat(noDb.err().strip()).isEqualTo("slimline: no OSV database at " + dir.resolve("none") + " (run `slimline db update`)");

        CliHarness.Result noFile = scan(dir.resolve("missing.tar").toString());
        assertThat(noFile.exitCode()).isEqualTo(3);
        assertThat(noFile.err().strip()).isEqualTo("slimline: " + dir.resolve("missing.tar") + ": no such file or directory");

        CliHarness.Result oneForCompare = scan("--compare", image.toString());
        assertThat(oneForCompare.exitCode()).isEqualTo(3);
        assertThat(oneForCompare.err().strip()).isEqualTo("slimline: --compare needs two images: OLD NEW");

        CliHarness.Result noScanner = scan(image.toString(), "--scanner", "trivy");
        assertThat(noScanner.exitCode()).isEqualTo(4);
        assertThat(noScanner.err().strip()).isEqualTo("slimline: trivy is not installed (no 'trivy' on PATH); install it or drop --scanner");

        CliHarness.Result unknownEcosystem = CliHarness.run("db", "update", "--db", db.toString(), "--ecosystem", "CPAN");
        assertThat(unknownEcosystem.exitCode()).isEqualTo(3);
        assertThat(unknownEcosystem.err()).startsWith("slimline: unknown ecosystem 'CPAN'");
    }

    @Test
    void sbomIsValidCycloneDxAndListsEveryPackageWithItsPurl() throws IOException {
        CliHarness.Result result = CliHarness.run("sbom", image.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode bom = JSON.readTree(result.out());
        assertThat(CycloneDxSchema.validate(bom)).isEmpty();
        assertThat(bom.path("specVersion").asText()).isEqualTo("1.5");
        assertThat(bom.path("components").get(0).path("type").asText()).isEqualTo("operating-system");
        assertThat(bom.path("components")).hasSize(6);
        assertThat(bom.path("components").toString())
                .contains("\"purl\":\"pkg:npm/lodash@4.17.20\"")
                .contains("{\"name\":\"slimline:package:source\",\"value\":\"openssl\"}");
    }

    @Test
    void sbomToAFileReplacesItAtomically() throws IOException {
        Path out = dir.resolve("bom.json");
        Files.writeString(out, "old");
        CliHarness.Result result = CliHarness.run("sbom", image.toString(), "-o", out.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("wrote 5 packages to " + out);
        assertThat(JSON.readTree(out.toFile()).path("bomFormat").asText()).isEqualTo("CycloneDX");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
