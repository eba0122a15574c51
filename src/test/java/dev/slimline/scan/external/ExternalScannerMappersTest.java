package dev.slimline.scan.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.SlimlineException;
import dev.slimline.engine.FakeProcessRunner;
import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExternalScannerMappersTest {

    private static JsonNode fixture(String name) throws IOException {
        try (InputStream in = ExternalScannerMappersTest.class.getResourceAsStream("/scanners/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void trivyReportMapsFindingsPackagesAndDistro() throws IOException {
        ScannerOutputMapper.Mapped mapped = ExternalScanner.TRIVY.mapper().map(fixture("trivy.json"));

        assertThat(mapped.distro()).hasValue("debian 12.5");
        assertThat(mapped.packages()).extracting(CatalogedPackage::name, CatalogedPackage::version)
                .containsExactly(tuple("libxml2", "2.9.14+dfsg-1.3~deb12u1"), tuple("libc6", "2.36-9+deb12u4"));
        assertThat(mapped.findings()).extracting(VulnerabilityFinding::id, VulnerabilityFinding::severity, VulnerabilityFinding::score, VulnerabilityFinding::packageType,
                VulnerabilityFinding::packageName, VulnerabilityFinding::fixedVersion).containsExactly(
                tuple("CVE-2024-25062", CvssSeverity.HIGH, Optional.of(7.5), "deb", "libxml2",
                        Optional.of("2.9.14+dfsg-1.3~deb12u2")),
                tuple("CVE-2010-4756", CvssSeverity.LOW, Optional.of(3.3), "deb", "libc6", Optional.empty()),
                tuple("CVE-2023-32681", CvssSeverity.MEDIUM, Optional.of(6.1), "pypi", "requests", Optional.of("2.31.0")));
        assertThat(mapped.findings().get(2).location())
                .isEqualTo("usr/local/lib/python3.11/site-packages/requests-2.28.1.dist-info/METADATA");
    }

    @Test
    void grypeReportMapsMatchesWithAliasesAndNegligibleAsLow() throws IOException {
        ScannerOutputMapper.Mapped mapped = ExternalScanner.GRYPE.mapper().map(fixture("grype.json"));

        assertThat(mapped.distro()).hasValue("debian 12");
        assertThat(mapped.findings()).extracting(VulnerabilityFinding::id, VulnerabilityFinding::severity, VulnerabilityFinding::score, VulnerabilityFinding::packageName,
                VulnerabilityFinding::fixedVersion, VulnerabilityFinding::location).containsExactly(
                tuple("CVE-2024-25062", CvssSeverity.HIGH, Optional.of(7.5), "libxml2",
                        Optional.of("2.9.14+dfsg-1.3~deb12u2"), "/var/lib/dpkg/status"),
                tuple("GHSA-j8r2-6x86-q33q", CvssSeverity.MEDIUM, Optional.of(6.1), "requests", Optional.of("2.31.0"),
                        "/usr/local/lib/python3.11/site-packages/requests-2.28.1.dist-info/METADATA"),
                tuple("CVE-2010-4756", CvssSeverity.LOW, Optional.empty(), "libc6", Optional.empty(),
                        "/var/lib/dpkg/status"));
        assertThat(mapped.findings().get(1).aliases()).containsExactly("CVE-2023-32681");
        assertThat(mapped.packages()).hasSize(3);
    }

    @Test
    void scoutSarifMapsRulesPerAffectedPurlAndNotFixedAsNoFix() throws IOException {
        ScannerOutputMapper.Mapped mapped = ExternalScanner.SCOUT.mapper().map(fixture("scout.sarif.json"));

        assertThat(mapped.findings()).extracting(VulnerabilityFinding::id, VulnerabilityFinding::severity, VulnerabilityFinding::score, VulnerabilityFinding::packageName,
                VulnerabilityFinding::installed, VulnerabilityFinding::fixedVersion).containsExactly(
                tuple("CVE-2024-25062", CvssSeverity.HIGH, Optional.of(7.5), "libxml2", "2.9.14+dfsg-1.3~deb12u1",
                        Optional.of("2.9.14+dfsg-1.3~deb12u2")),
                tuple("CVE-2010-4756", CvssSeverity.LOW, Optional.of(3.3), "glibc", "2.36-9+deb12u4", Optional.empty()));
    }

    @Test
    void commandLinesForImagesAndArchives() {
        Path bin = Path.of("/usr/local/bin/x");
        assertThat(ExternalScanner.TRIVY.argv(bin, "app.tar", true))
                .containsExactly("/usr/local/bin/x", "image", "--format", "json", "--quiet", "--list-all-pkgs", "--input", "app.tar");
        assertThat(ExternalScanner.GRYPE.argv(bin, "app.tar", true)).containsExactly("/usr/local/bin/x", "-o", "json", "docker-archive:app.tar");
        assertThat(ExternalScanner.GRYPE.argv(bin, "api:1", false)).containsExactly("/usr/local/bin/x", "-o", "json", "api:1");
        assertThat(ExternalScanner.SCOUT.argv(bin, "api:1", false))
                .containsExactly("/usr/local/bin/x", "scout", "cves", "--format", "sarif", "api:1");
    }

    @Test
    void runsTheScannerFoundOnPathAndReadsItsStreamedJson() throws IOException {
        byte[] report;
        try (InputStream in = ExternalScannerMappersTest.class.getResourceAsStream("/scanners/grype.json")) {
            report = in.readAllBytes();
        }
        FakeProcessRunner runner = new FakeProcessRunner().stream("/opt/bin/grype -o json", report);
        JsonNode json = ExternalScanner.GRYPE.run(runner, name -> List.of(Path.of("/opt/bin/" + name)), "api:1", false);

        assertThat(runner.argvs()).containsExactly(List.of("/opt/bin/grype", "-o", "json", "api:1"));
        assertThat(ExternalScanner.GRYPE.mapper().map(json).findings()).hasSize(3);
    }

    @Test
    void aScannerThatPrintsNothingIsUnavailable() {
        FakeProcessRunner runner = new FakeProcessRunner();
        assertThatThrownBy(() -> ExternalScanner.TRIVY.run(runner, name -> List.of(Path.of("/opt/bin/" + name)),
                "api:1", false)).isInstanceOf(SlimlineException.class).hasMessage("trivy printed no JSON for api:1");
    }

    @Test
    void aMissingScannerIsUnavailableInOneLine() {
        assertThatThrownBy(() -> ExternalScanner.GRYPE.run(new FakeProcessRunner(), name -> List.of(), "api:1", false))
                .isInstanceOf(SlimlineException.class)
                .hasMessage("grype is not installed (no 'grype' on PATH); install it or drop --scanner")
                .extracting(e -> ((SlimlineException) e).kind()).isEqualTo(SlimlineException.Kind.UNAVAILABLE);
    }
}
