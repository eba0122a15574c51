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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real image with Debian's ruby-rack (its gemspec under /usr/share/rubygems-integration) is cataloged as a
 * RubyGems package and matched against a RubyGems advisory from a fixture OSV database loaded by {@code db update}
 * from 127.0.0.1: one fixed just above the installed version is reported, one fixed below it is not.
 */
class RubyGemsScanIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DockerEngine engine = TestEngines.real();

    @Test
    void debiansRackGemIsFoundAndMatched(@TempDir Path dir) throws IOException {
        TestEngines.requireImage("debian:bookworm-slim", Duration.ofMinutes(10));
        String image = "slimline-it-scan-gem:" + UUID.randomUUID().toString().substring(0, 8);
        Path dockerfile = Files.writeString(dir.resolve("Dockerfile"), """
                FROM debian:bookworm-slim
                RUN apt-get update && apt-get install -y --no-install-recommends ruby-rack && rm -rf /var/lib/apt/lists/*
                """);
        engine.build(BuildRequest.of(dir, image).withDockerfile(dockerfile).withTimeout(Duration.ofMinutes(10)));
        try {
            JsonNode rack = null;
            for (JsonNode component : JSON.readTree(CliHarness.run("sbom", image).out()).path("components")) {
                if (component.path("purl").asText().startsWith("pkg:gem/rack@")) {
                    rack = component;
                }
            }
            assertThat(rack).as("rack gem in the SBOM").isNotNull();
            String version = rack.path("version").asText();
            assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");

            Path db = dir.resolve("osv");
            FixtureAdvisories.load(db, Map.of("RubyGems", Map.of(
                    "GHSA-above.json", FixtureAdvisories.advisory("GHSA-wq4h-7r42-5hrr", "CVE-2024-26146",
                            "Possible denial of service in rack header parsing", "RubyGems", "rack", version + ".1",
                            FixtureAdvisories.HIGH_VECTOR),
                    "GHSA-below.json", FixtureAdvisories.advisory("GHSA-hxqx-xwvh-44m2", "CVE-2022-30122",
                            "Denial of service in multipart parsing (fixed long ago)", "RubyGems", "rack", "1.0.1",
                            FixtureAdvisories.HIGH_VECTOR))));

            CliHarness.Result scan = CliHarness.run("scan", image, "--db", db.toString(), "--format", "json");
            JsonNode result = JSON.readTree(scan.out());
            assertThat(result.path("vulnerabilities").toString()).as(scan.err())
                    .contains("GHSA-wq4h-7r42-5hrr").doesNotContain("GHSA-hxqx-xwvh-44m2");
        } finally {
            engine.removeImage(image);
        }
    }
}
