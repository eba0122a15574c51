package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.TestEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story's security audit on the real engine: an "original" image with extra Debian packages (libxml2), a pip
 * package and a deleted .env, and a "slim" one without them, both FROM debian:bookworm-slim; a fixture OSV database
 * with a HIGH Debian:12 advisory on libxml2 (fixed above the installed version), a MEDIUM one on glibc (in both),
 * a withdrawn-by-fix one (fixed below the installed glibc) and a PyPI one, loaded through {@code db update} from
 * 127.0.0.1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScanIT {
    private static final String BASE = "debian:bookworm-slim";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SITE = "/usr/local/lib/python3.11/site-packages/requests-2.28.1.dist-info";

    private final DockerEngine engine = TestEngines.real();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String original = "slimline-it-scan-orig:" + suffix;
    private final String slim = "slimline-it-scan-slim:" + suffix;

    private Path context;
    private Path db;
    private String libxml2Version;
    private String libxml2Fixed;

    @BeforeAll
    void buildImagesAndDatabase(@TempDir Path dir) throws IOException {
        context = dir.resolve("context");
        Files.createDirectories(context);
        db = dir.resolve("osv");
        TestEngines.requireImage(BASE, Duration.ofMinutes(10));
        Files.writeString(context.resolve(".env"), "DATABASE_PASSWORD=never-printed\n");
        Files.writeString(context.resolve("app.txt"), "the application\n");
        build(original, """
                FROM %s
                RUN apt-get update && apt-get install -y --no-install-recommends libxml2 && rm -rf /var/lib/apt/lists/*
                RUN mkdir -p %s && printf 'Metadata-Version: 2.1\\nName: requests\\nVersion: 2.28.1\\n' > %s/METADATA
                COPY .env /app/.env
                COPY app.txt /app/app.txt
                RUN rm /app/.env
                """.formatted(BASE, SITE, SITE));
        build(slim, """
                FROM %s
                COPY app.txt /app/app.txt
                """.formatted(BASE));

        JsonNode sbom = JSON.readTree(CliHarness.run("sbom", original).out());
        libxml2Version = component(sbom, "libxml2").path("version").asText();
        libxml2Fixed = FixtureAdvisories.nextSecurityUpdate(libxml2Version);
        String glibcVersion = property(component(sbom, "libc6"), "slimline:package:sourceVersion")
                .orElse(component(sbom, "libc6").path("version").asText());
        FixtureAdvisories.load(db, Map.of(
                "Debian", Map.of(
                        "DSA-5999-1.json", FixtureAdvisories.advisory("DSA-5999-1", "CVE-2024-25062",
                                "libxml2 - use-after-free in xmlValidatePopElement", "Debian:12", "libxml2",
                                libxml2Fixed, FixtureAdvisories.HIGH_VECTOR),
                        "DLA-4000-1.json", FixtureAdvisories.advisory("DSA-5998-1", "CVE-2023-4911",
                                "glibc - buffer overflow in ld.so", "Debian:12", "glibc",
                                FixtureAdvisories.nextSecurityUpdate(glibcVersion), FixtureAdvisories.MEDIUM_VECTOR),
                        "DSA-5000-1.json", FixtureAdvisories.advisory("DSA-5000-1", "CVE-2021-3999",
                                "glibc - off-by-one in getcwd (fixed long ago)", "Debian:12", "glibc", "2.10-1",
                                FixtureAdvisories.HIGH_VECTOR)),
                "PyPI", Map.of(
                        "GHSA-j8r2-6x86-q33q.json", FixtureAdvisories.advisory("GHSA-j8r2-6x86-q33q", "CVE-2023-32681",
                                "Unintended leak of Proxy-Authorization header in requests", "PyPI", "requests",
                                "2.31.0", "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:C/C:H/I:N/A:N"))));
    }

    @AfterAll
    void removeImages() {
        for (String image : List.of(original, slim)) {
            engine.removeImage(image);
        }
    }

    @Test
    void failOnHighExitsNonZeroOnTheImageWithTheHighFindingAndZeroOnTheOther() throws IOException {
        CliHarness.Result bad = CliHarness.run("scan", original, "--db", db.toString(), "--fail-on", "high");
        assertThat(bad.exitCode()).as(bad.out() + bad.err()).isEqualTo(1);
        assertThat(bad.out()).contains("HIGH 7.5", "DSA-5999-1", "deb:libxml2", libxml2Version, libxml2Fixed)
                .contains("GHSA-j8r2-6x86-q33q", "pypi:requests", "2.31.0")
                .doesNotContain("DSA-5000-1");

        CliHarness.Result good = CliHarness.run("scan", slim, "--db", db.toString(), "--fail-on", "high");
        assertThat(good.exitCode()).as(good.out() + good.err()).isZero();
        assertThat(good.out()).contains("DSA-5998-1", "MEDIUM 5.3").doesNotContain("libxml2");

        JsonNode json = JSON.readTree(CliHarness.run("scan", original, "--db", db.toString(), "--format", "json").out());
        JsonNode libxml2 = finding(json, "DSA-5999-1");
        assertThat(libxml2.path("severity").asText()).isEqualTo("HIGH");
        assertThat(libxml2.path("score").asDouble()).isEqualTo(7.5);
        assertThat(libxml2.path("installed").asText()).isEqualTo(libxml2Version);
        assertThat(libxml2.path("fixedVersion").asText()).isEqualTo(libxml2Fixed);
        assertThat(libxml2.path("purl").asText()).startsWith("pkg:deb/debian/libxml2@").contains("distro=debian-12");
        // The deleted .env is still in its layer: reported by location, never by value.
        assertThat(json.path("secrets").toString()).contains("/app/.env").contains("\"deletedLater\":true")
                .doesNotContain("never-printed");
        assertThat(json.path("unscanned")).isEmpty();
    }

    @Test
    void compareShowsFewerPackagesInTheSlimImageAndNoVulnerabilityIntroduced() throws IOException {
        CliHarness.Result table = CliHarness.run("scan", "--compare", original, slim, "--db", db.toString());
        assertThat(table.exitCode()).as(table.out() + table.err()).isZero();
        assertThat(table.out()).contains("The new image introduces no vulnerabilities.");

        JsonNode json = JSON.readTree(CliHarness.run("scan", "--compare", original, slim, "--db", db.toString(),
                "--format", "json").out());
        int before = json.path("before").path("packageCount").asInt();
        int after = json.path("after").path("packageCount").asInt();
        assertThat(after).isGreaterThan(50).isLessThan(before);
        assertThat(names(json.path("packagesRemoved"))).contains("libxml2", "requests");
        assertThat(json.path("packagesAdded")).isEmpty();
        assertThat(json.path("vulnerabilitiesAdded")).isEmpty();
        assertThat(ids(json.path("vulnerabilitiesRemoved"))).containsExactlyInAnyOrder("DSA-5999-1", "GHSA-j8r2-6x86-q33q");
        assertThat(json.path("introducesNoVulnerability").asBoolean()).isTrue();

        // The other way round the "slimmed" image would add them: exit 1.
        CliHarness.Result reversed = CliHarness.run("scan", "--compare", slim, original, "--db", db.toString(),
                "--fail-on", "high");
        assertThat(reversed.exitCode()).isEqualTo(1);
        assertThat(reversed.out()).contains("introduces 2 vulnerabilities");
    }

    @Test
    void sbomOfARealImageIsValidCycloneDx(@TempDir Path out) throws IOException {
        Path file = out.resolve("bom.json");
        CliHarness.Result result = CliHarness.run("sbom", original, "-o", file.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode bom = JSON.readTree(file.toFile());
        assertThat(CycloneDxSchema.validate(bom)).isEmpty();
        assertThat(component(bom, "libxml2").path("purl").asText())
                .isEqualTo("pkg:deb/debian/libxml2@" + libxml2Version.replace("+", "%2B") + "?arch=amd64&distro=debian-12");
        assertThat(component(bom, "requests").path("purl").asText()).isEqualTo("pkg:pypi/requests@2.28.1");
    }

    private void build(String tag, String dockerfile) throws IOException {
        Path file = Files.writeString(context.resolve("Dockerfile." + tag.replaceAll("[^a-z0-9]", "-")), dockerfile);
        engine.build(BuildRequest.of(context, tag).withDockerfile(file).withTimeout(Duration.ofMinutes(10)));
    }

    private static JsonNode component(JsonNode bom, String name) {
        for (JsonNode component : bom.path("components")) {
            if (component.path("name").asText().equals(name)) {
                return component;
            }
        }
        throw new AssertionError("no component " + name + " in the SBOM");
    }

    private static java.util.Optional<String> property(JsonNode component, String name) {
        for (JsonNode property : component.path("properties")) {
            if (property.path("name").asText().equals(name)) {
                return java.util.Optional.of(property.path("value").asText());
            }
        }
        return java.util.Optional.empty();
    }

    private static JsonNode finding(JsonNode result, String id) {
        for (JsonNode finding : result.path("vulnerabilities")) {
            if (finding.path("id").asText().equals(id)) {
                return finding;
            }
        }
        throw new AssertionError("no finding " + id + " in " + result.path("vulnerabilities"));
    }

    private static List<String> names(JsonNode packages) {
        List<String> names = new ArrayList<>();
        packages.forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    private static List<String> ids(JsonNode findings) {
        List<String> ids = new ArrayList<>();
        findings.forEach(f -> ids.add(f.path("id").asText()));
        return ids;
    }
}
