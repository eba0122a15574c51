package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.image.TestImageArchives.LayerTar;
import dev.slimline.scan.catalog.CatalogFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SBOMs in and out: {@code sbom} as CycloneDX and SPDX 2.3 (schema-valid), {@code scan} of that SBOM finding the
 * same advisories as scanning the image, malformed SBOMs, unknown purl types, and VEX suppressions.
 */
class SbomInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path db;
    static Path image;

    @BeforeAll
    static void imageAndDatabase() throws IOException {
        image = dir.resolve("app.tar");
        Files.write(image, CatalogFixtures.image(List.of(new LayerTar()
                .file("etc/os-release", CatalogFixtures.OS_RELEASE)
                .file("var/lib/dpkg/status", CatalogFixtures.DPKG_STATUS)
                .file("app/node_modules/lodash/package.json", "{\"name\":\"lodash\",\"version\":\"4.17.20\"}")
                .file("app/node_modules/@babel/traverse/package.json",
                        "{\"name\":\"@babel/traverse\",\"version\":\"7.22.0\"}"))));
        db = dir.resolve("osv");
        FixtureAdvisories.load(db, Map.of(
                "Debian", Map.of(
                        "DSA-5600-1.json", FixtureAdvisories.advisory("DSA-5600-1", "CVE-2024-0727", "openssl - NULL dereference",
                                "Debian:12", "openssl", "3.0.13-1~deb12u1", FixtureAdvisories.HIGH_VECTOR),
                        "DSA-5601-1.json", FixtureAdvisories.advisory("DSA-5601-1", "CVE-2023-4039", "gcc-12 - stack protector",
                                "Debian:12", "gcc-12", "12.2.0-15", FixtureAdvisories.MEDIUM_VECTOR)),
                "npm", Map.of(
                        "GHSA-35jh-r3h4-6jhm.json", FixtureAdvisories.advisory("GHSA-35jh-r3h4-6jhm", "CVE-2021-23337",
                                "Command Injection in lodash", "npm", "lodash", "4.17.21", FixtureAdvisories.HIGH_VECTOR),
                        "GHSA-67hx-6x53-jw92.json", FixtureAdvisories.advisory("GHSA-67hx-6x53-jw92", "CVE-2023-45133",
                                "Babel arbitrary code execution", "npm", "@babel/traverse", "7.23.2",
                                FixtureAdvisories.HIGH_VECTOR))));
    }

    private static List<String> findingIds(String target, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("scan", target, "--db", db.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        CliHarness.Result result = CliHarness.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> ids = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(result.out()).path("vulnerabilities")) {
            ids.add(finding.path("id").asText() + " " + finding.path("purl").asText()
                    + (finding.has("ignored") ? " ignored" : ""));
        }
        return ids;
    }

    private static Path sbom(String name, String... format) throws IOException {
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("sbom", image.toString(), "-o", out.toString()));
        args.addAll(List.of(format));
        CliHarness.Result result = CliHarness.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return out;
    }

    @Test
    void scanningTheCycloneDxSbomFindsWhatScanningTheImageFinds() throws IOException {
        List<String> fromImage = findingIds(image.toString());
        assertThat(fromImage).hasSize(4);
        assertThat(findingIds(sbom("bom.cdx.json").toString())).containsExactlyElementsOf(fromImage);
    }

    @Test
    void spdxOutputIsSchemaValidAndScansTheSame() throws IOException {
        Path spdx = sbom("bom.spdx.json", "--format", "spdx-json");
        JsonNode document = JSON.readTree(spdx.toFile());
        assertThat(SpdxSchema.validate(document)).isEmpty();
        assertThat(document.path("spdxVersion").asText()).isEqualTo("SPDX-2.3");
        // image + operating system + 5 dpkg/npm packages of the fixture
        assertThat(document.path("packages").findValuesAsText("primaryPackagePurpose"))
                .containsOnly("CONTAINER", "OPERATING-SYSTEM", "LIBRARY");
        assertThat(document.path("relationships").get(0).path("relationshipType").asText()).isEqualTo("DESCRIBES");
        assertThat(findingIds(spdx.toString())).containsExactlyElementsOf(findingIds(image.toString()));

        ((ObjectNode) document.path("packages").get(2)).remove("downloadLocation");
        assertThat(SpdxSchema.validate(document)).singleElement().asString().contains("downloadLocation");
    }

    @Test
    void cycloneDxWithVulnerabilitiesIsSchemaValidAndPointsAtItsComponents() throws IOException {
        Path bom = sbom("vex.cdx.json", "--with-vulnerabilities", "--db", db.toString());
        JsonNode document = JSON.readTree(bom.toFile());
        assertThat(CycloneDxSchema.validate(document)).isEmpty();
        List<String> componentRefs = document.path("components").findValuesAsText("bom-ref");
        JsonNode vulnerabilities = document.path("vulnerabilities");
        List<String> ids = new ArrayList<>();
        vulnerabilities.forEach(v -> ids.add(v.path("id").asText()));
        assertThat(ids).containsExactlyInAnyOrder("DSA-5600-1", "DSA-5601-1", "GHSA-35jh-r3h4-6jhm", "GHSA-67hx-6x53-jw92");
        for (JsonNode vulnerability : vulnerabilities) {
            assertThat(vulnerability.path("affects")).isNotEmpty();
            assertThat(vulnerability.path("affects").findValuesAsText("ref")).allMatch(componentRefs::contains);
            assertThat(vulnerability.path("ratings").get(0).path("severity").asText()).isIn("high", "medium");
        }
        JsonNode openssl = vulnerabilities.get(ids.indexOf("DSA-5600-1"));
        assertThat(openssl.path("references").get(0).path("id").asText()).isEqualTo("CVE-2024-0727");
        // libssl3 and openssl's other binaries share the source package: one entry, each affected component listed
        assertThat(openssl.path("affects").findValuesAsText("ref")).allMatch(ref -> ref.startsWith("pkg:deb/debian/"));
        assertThat(openssl.path("ratings").get(0).path("score").asDouble()).isEqualTo(7.5);
        assertThat(openssl.path("recommendation").asText()).isEqualTo("Upgrade to 3.0.13-1~deb12u1");
        // the SBOM with vulnerabilities still scans like the image
        assertThat(findingIds(bom.toString())).containsExactlyElementsOf(findingIds(image.toString()));

        CliHarness.Result spdx = CliHarness.run("sbom", image.toString(), "--format", "spdx-json", "--with-vulnerabilities");
        assertThat(spdx.exitCode()).isEqualTo(3);
        assertThat(spdx.err().strip()).isEqualTo("slimline: --with-vulnerabilities writes CycloneDX; drop --format spdx-json");
    }

    @Test
    void unknownPurlTypesAreSkippedWithACount() throws IOException {
        Path bom = dir.resolve("mixed.cdx.json");
        Files.writeString(bom, """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
                 "components": [
                   {"type": "library", "name": "lodash", "version": "4.17.20", "purl": "pkg:npm/lodash@4.17.20"},
                   {"type": "library", "name": "conan-thing", "version": "1", "purl": "pkg:conan/thing@1"},
                   {"type": "library", "name": "hex", "version": "1", "purl": "pkg:hex/phoenix@1.7.0"},
                   {"type": "library", "name": "no purl"}]}
                """);
        CliHarness.Result result = CliHarness.run("scan", bom.toString(), "--db", db.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("warning: 2 packages in " + bom + " skipped: no advisories for their purl type");
        assertThat(result.out()).contains("GHSA-35jh-r3h4-6jhm").contains("1 packages");
    }

    @Test
    void aMalformedSbomIsOneLineNamingTheFileAndTheJsonPath() throws IOException {
        Path badPurl = dir.resolve("bad-purl.cdx.json");
        Files.writeString(badPurl, """
                {"bomFormat": "CycloneDX", "specVersion": "1.5",
                 "components": [{"type": "library", "name": "a", "purl": "pkg:npm/a@1"},
                                {"type": "library", "name": "b", "purl": "npm:b"}]}
                """);
        assertBadInput(badPurl, badPurl + ": $.components[1].purl: not a package URL");

        Path oldSpec = dir.resolve("old.cdx.json");
        Files.writeString(oldSpec, "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.2\", \"components\": []}");
        assertBadInput(oldSpec, oldSpec + ": $.specVersion: CycloneDX 1.2 is not read (1.4, 1.5 or 1.6 are)");

        Path spdx = dir.resolve("bad.spdx.json");
        Files.writeString(spdx, """
                {"spdxVersion": "SPDX-2.3", "packages": [{"SPDXID": "SPDXRef-a", "externalRefs": [
                  {"referenceCategory": "PACKAGE-MANAGER", "referenceType": "purl", "referenceLocator": 7}]}]}
                """);
        assertBadInput(spdx, spdx + ": $.packages[0].externalRefs[0].referenceLocator: expected a purl string");

        Path notJson = dir.resolve("truncated.json");
        Files.writeString(notJson, "{\"bomFormat\": \"CycloneDX\",\n \"components\": [");
        assertBadInput(notJson, notJson + ":2:");
    }

    private static void assertBadInput(Path file, String expectedStart) {
        CliHarness.Result result = CliHarness.run("scan", file.toString(), "--db", db.toString());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err().strip()).startsWith("slimline: " + expectedStart).doesNotContain("\n");
    }

    @Test
    void vexNotAffectedAndFalsePositiveSuppressOtherStatesDoNot() throws IOException {
        Path vex = dir.resolve("vex.cdx.json");
        Files.writeString(vex, """
                {"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
                 "vulnerabilities": [
                   {"id": "CVE-2024-0727", "analysis": {"state": "not_affected",
                     "justification": "code_not_reachable", "detail": "no PKCS12 parsing"},
                    "affects": [{"ref": "pkg:deb/debian/libssl3@3.0.11-1~deb12u2"}]},
                   {"id": "GHSA-35jh-r3h4-6jhm", "analysis": {"state": "false_positive"}},
                   {"id": "CVE-2023-4039", "analysis": {"state": "exploitable"}}]}
                """);
        List<String> ids = findingIds(image.toString(), "--vex", vex.toString());
        assertThat(ids).filteredOn(id -> id.endsWith(" ignored")).extracting(id -> id.split(" ")[0])
                .containsExactlyInAnyOrder("DSA-5600-1", "GHSA-35jh-r3h4-6jhm");
        assertThat(ids).filteredOn(id -> !id.endsWith(" ignored")).extracting(id -> id.split(" ")[0])
                .containsExactlyInAnyOrder("DSA-5601-1", "GHSA-67hx-6x53-jw92");
        CliHarness.Result table = CliHarness.run("scan", image.toString(), "--db", db.toString(), "--vex", vex.toString());
        assertThat(table.out()).contains("VEX not_affected (code_not_reachable): no PKCS12 parsing");

        Path notVex = dir.resolve("not-vex.json");
        Files.writeString(notVex, "{\"vulnerabilities\": []}");
        CliHarness.Result bad = CliHarness.run("scan", image.toString(), "--db", db.toString(), "--vex", notVex.toString());
        assertThat(bad.exitCode()).isEqualTo(3);
        assertThat(bad.err().strip()).isEqualTo("slimline: " + notVex + ": $.bomFormat: expected \"CycloneDX\" in a VEX document");
    }
}
