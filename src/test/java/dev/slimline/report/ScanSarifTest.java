package dev.slimline.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.report.SarifSchema;
import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import dev.slimline.scan.vuln.ScanResult;
import dev.slimline.scan.vuln.SecretLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code slimline scan --format sarif} against the official SARIF 2.1.0 schema (vendored, see sarif/SOURCE.md), on a
 * scan result made by hand: package findings at paths in the image (one in a jar inside a jar, one under a directory
 * with a space), an ignored one, two packages sharing an advisory, and secrets, one deleted by a later layer.
 */
class ScanSarifTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String IMAGE = "registry.example:5000/team/api:1.4";

    private static JsonNode sarif;
    private static JsonNode run;

    @BeforeAll
    static void render() throws IOException {
        List<VulnerabilityFinding> findings = List.of(
                finding("GHSA-jfh8-c2jp-5v3q", CvssSeverity.CRITICAL, 10.0, "maven", "org.apache.logging.log4j:log4j-core",
                        "2.14.1", "2.15.0", "/app/app.jar!BOOT-INF/lib/log4j-core-2.14.1.jar", null),
                finding("DSA-5999-1", CvssSeverity.HIGH, 7.5, "deb", "libxml2", "2.9.14+dfsg-1.3~deb12u1",
                        "2.9.14+dfsg-1.3~deb12u2", "/var/lib/dpkg/status", null),
                finding("GHSA-35jh-r3h4-6jhm", CvssSeverity.HIGH, 7.2, "npm", "lodash", "4.17.20", "4.17.21",
                        "/srv/my app/node_modules/lodash/package.json", null),
                finding("DEBIAN-CVE-2019-1010022", CvssSeverity.UNKNOWN, null, "deb", "libc6", "2.36-9+deb12u14", null,
                        "/var/lib/dpkg/status", "stack guard bypass needs a second bug; accepted until 2027"),
                finding("DEBIAN-CVE-2019-1010022", CvssSeverity.UNKNOWN, null, "deb", "libc-bin", "2.36-9+deb12u14", null,
                        "/var/lib/dpkg/status", null));
        List<SecretLocation> secrets = List.of(
                new SecretLocation("PRIVATE_KEY", "/root/.ssh/id_ed25519", 2, true),
                new SecretLocation("DOTENV", "/app/.env", 4, false),
                new SecretLocation("ENV", "ENV API_TOKEN", -1, false));
        ScanResult result = new ScanResult(IMAGE, "slimline", Optional.of("debian 12"), List.of(), findings, List.of(),
                secrets, List.of());
        sarif = JSON.readTree(ScanSarif.write(result));
        run = sarif.path("runs").get(0);
    }

    @Test
    void validatesAgainstTheSarifSchema() {
        assertThat(SarifSchema.validate(sarif)).isEmpty();
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void oneRulePerAdvisoryWithItsScoreAndOneResultPerPackageAndSecret() {
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(ids(rules)).containsExactly("GHSA-jfh8-c2jp-5v3q", "DSA-5999-1", "GHSA-35jh-r3h4-6jhm",
                "DEBIAN-CVE-2019-1010022", "slimline/secret");
        assertThat(rules.get(0).path("properties").path("security-severity").asText()).isEqualTo("10.0");
        assertThat(rules.get(3).path("properties").has("security-severity")).isFalse(); // no score, none invented
        JsonNode results = run.path("results");
        assertThat(results).hasSize(8);
        for (JsonNode r : results) {
            assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(r.path("ruleId").asText());
        }
        assertThat(results.get(0).path("level").asText()).isEqualTo("error");
        assertThat(results.get(0).path("message").path("text").asText())
                .isEqualTo("CRITICAL GHSA-jfh8-c2jp-5v3q in maven:org.apache.logging.log4j:log4j-core 2.14.1, fixed in 2.15.0");
        assertThat(results.get(3).path("level").asText()).isEqualTo("note");
        assertThat(results.get(3).path("message").path("text").asText()).endsWith(", no fix");
    }

    @Test
    void packageLocationsArePathsInTheImageRelativeToItsRoot() {
        assertThat(run.path("originalUriBaseIds").path(ScanSarif.IMAGE_ROOT).path("description").path("text").asText())
                .contains(IMAGE);
        JsonNode jar = artifact(0);
        assertThat(jar.path("uri").asText()).isEqualTo("app/app.jar/BOOT-INF/lib/log4j-core-2.14.1.jar");
        assertThat(jar.path("uriBaseId").asText()).isEqualTo(ScanSarif.IMAGE_ROOT);
        assertThat(artifact(1).path("uri").asText()).isEqualTo("var/lib/dpkg/status");
        assertThat(artifact(2).path("uri").asText()).isEqualTo("srv/my%20app/node_modules/lodash/package.json");
        assertThat(run.path("results").get(2).path("properties").path("purl").asText())
                .isEqualTo("pkg:npm/lodash@4.17.20");
    }

    @Test
    void anIgnoredFindingIsASuppressedResultWithTheReason() {
        JsonNode ignored = run.path("results").get(3);
        assertThat(ignored.path("suppressions").get(0).path("kind").asText()).isEqualTo("external");
        assertThat(ignored.path("suppressions").get(0).path("justification").asText()).startsWith("stack guard bypass");
        assertThat(run.path("results").get(4).has("suppressions")).isFalse();
    }

    @Test
    void secretsNameThePathAndTheLayerThatAddedThem() {
        JsonNode key = run.path("results").get(5);
        assertThat(key.path("ruleId").asText()).isEqualTo("slimline/secret");
        assertThat(key.path("level").asText()).isEqualTo("error");
        assertThat(key.path("message").path("text").asText())
                .isEqualTo("PRIVATE_KEY at /root/.ssh/id_ed25519 (deleted by a later layer, still in layer 2)");
        assertThat(artifact(5).path("uri").asText()).isEqualTo("root/.ssh/id_ed25519");
        assertThat(artifact(5).path("uriBaseId").asText()).isEqualTo(ScanSarif.IMAGE_ROOT);
        assertThat(key.path("properties").path("layer").asInt()).isEqualTo(2);
        assertThat(key.path("properties").path("deletedLater").asBoolean()).isTrue();
        assertThat(run.path("results").get(6).path("properties").path("deletedLater").asBoolean()).isFalse();
        // A variable has no path: the location is the image itself, as a valid relative URI.
        JsonNode env = run.path("results").get(7);
        assertThat(env.path("message").path("text").asText()).contains("ENV API_TOKEN");
        assertThat(artifact(7).path("uri").asText()).isEqualTo("registry.example%3A5000/team/api%3A1.4");
        assertThat(artifact(7).has("uriBaseId")).isFalse();
        assertThat(env.path("properties").has("layer")).isFalse();
    }

    private static JsonNode artifact(int result) {
        return run.path("results").get(result).path("locations").get(0).path("physicalLocation").path("artifactLocation");
    }

    private static VulnerabilityFinding finding(String id, CvssSeverity severity, Double score, String type, String name,
            String installed, String fixed, String location, String ignoredBecause) {
        String purlName = type.equals("maven") ? name.replace(':', '/') : name;
        return new VulnerabilityFinding(id, List.of(), "", severity, Optional.ofNullable(score), type, name, installed,
                Optional.ofNullable(fixed), "pkg:" + type + "/" + purlName + "@" + installed, location,
                Optional.ofNullable(ignoredBecause));
    }

    private static List<String> ids(JsonNode rules) {
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.path("id").asText()));
        return ids;
    }
}
