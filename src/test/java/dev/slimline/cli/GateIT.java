package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.TestEngines;
import dev.slimline.gate.GateRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * {@code slimline gate} on the real engine over a small project of three services FROM debian:bookworm-slim, built
 * by the gate itself: {@code ok} (a text file), {@code fat} (40 MB of random bytes, over its 100 MB budget) and
 * {@code vuln} (libxml2 installed, with a HIGH fixable advisory for it in a fixture OSV database; its own 200 MB
 * budget, since apt's run leaves it at about 115 MB).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GateIT {
    private static final String BASE = "debian:bookworm-slim";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VULN_DOCKERFILE = """
            FROM %s
            RUN apt-get update && apt-get install -y --no-install-recommends libxml2 && rm -rf /var/lib/apt/lists/*
            """.formatted(BASE);

    private final DockerEngine engine = TestEngines.real();
    private Path project;
    private Path db;
    private String libxml2Version;

    @BeforeAll
    void projectAndDatabase(@TempDir Path dir) throws Exception {
        TestEngines.requireImage(BASE, Duration.ofMinutes(10));
        project = dir.resolve("project");
        service("ok", "FROM %s\nRUN echo 'the application' > /app.txt\n".formatted(BASE));
        service("fat", "FROM %s\nRUN head -c 40000000 /dev/urandom > /blob.bin\n".formatted(BASE));
        service("vuln", VULN_DOCKERFILE);
        Files.writeString(project.resolve(".slimline.yaml"), """
                defaults:
                  maxSize: 100MB
                  maxWastedBytes: 10MB
                  vulnerabilities:
                    failOn: high
                    fixableOnly: true
                services:
                  fat:
                    maxSize: 100MB
                  vuln:
                    maxSize: 200MB
                """);
        // The same build the gate runs (same context and Dockerfile), so the gate's own build is a cache hit.
        engine.build(BuildRequest.of(project.resolve("services/vuln"), GateRunner.tagFor("services/vuln")));
        libxml2Version = dpkgVersion(GateRunner.tagFor("services/vuln"), "libxml2");
        db = dir.resolve("osv");
        FixtureAdvisories.load(db, Map.of("Debian", Map.of("DSA-5999-1.json", FixtureAdvisories.advisory("DSA-5999-1",
                "CVE-2024-25062", "libxml2 - use-after-free", "Debian:12", "libxml2", libxml2Version + "+1",
                FixtureAdvisories.HIGH_VECTOR))));
    }

    @AfterAll
    void removeImages() {
        for (String service : List.of("ok", "fat", "vuln")) {
            engine.removeImage(GateRunner.tagFor("services/" + service));
        }
    }

    @Test
    void failsWithOneClearLinePerFailedCheckAndPassesTheCompliantService() throws Exception {
        Path junit = project.resolve("gate.junit.xml");
        CliHarness.Result result = CliHarness.run("gate", project.toString(), "--db", db.toString(),
                "--report", "junit=" + junit, "--report", "json=" + project.resolve("gate.json"));
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        long fatSize = engine.imageInspect(GateRunner.tagFor("services/fat")).sizeBytes();
        assertThat(fatSize).isGreaterThan(100_000_000L);
        assertThat(result.out())
                .contains("FAIL services/fat maxSize: image is " + dev.slimline.report.SizeText.of(fatSize)
                        + ", " + dev.slimline.report.SizeText.of(fatSize - 100_000_000L) + " over the 100 MB budget")
                .contains("FAIL services/vuln vulnerabilities: 1 fixable vulnerability at or above high: DSA-5999-1"
                        + " (high) in libxml2 " + libxml2Version + ", fixed in " + libxml2Version + "+1")
                .doesNotContain("FAIL services/ok")
                .contains("Gate failed: 2 of 9 checks failed.");

        JsonNode json = JSON.readTree(Files.readString(project.resolve("gate.json")));
        JsonNode ok = service(json, "services/ok");
        assertThat(ok.path("passed").asBoolean()).isTrue();
        assertThat(ok.path("sizeBytes").asLong())
                .isEqualTo(engine.imageInspect(GateRunner.tagFor("services/ok")).sizeBytes())
                .isLessThan(100_000_000L);
        assertThat(service(json, "services/fat").path("passed").asBoolean()).isFalse();

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("9");
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);
    }

    @Test
    void passesForTheSmallCompliantImageAndRecordsItsBaseline() throws Exception {
        CliHarness.Result result = CliHarness.run("gate", project.toString(), "--db", db.toString(), "--service", "ok",
                "--update-baseline", "--format", "github");
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).isEqualTo("::notice file=services/ok/Dockerfile,line=1,title=slimline gate%3A"
                + " services/ok::all 3 checks passed\n");
        JsonNode baseline = JSON.readTree(Files.readString(project.resolve(".slimline-baseline.json")));
        assertThat(baseline.path("services").path("services/ok").path("sizeBytes").asLong())
                .isEqualTo(engine.imageInspect(GateRunner.tagFor("services/ok")).sizeBytes());
    }

    @Test
    void annotatesTheOverBudgetDockerfileForGithub() {
        CliHarness.Result result = CliHarness.run("gate", project.toString(), "--db", db.toString(), "--service", "fat",
                "--format", "github");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.out()).startsWith("::error file=services/fat/Dockerfile,line=1,title=slimline gate%3A"
                + " services/fat maxSize::image is ").contains("over the 100 MB budget (limit 100 MB)");
    }

    private void service(String name, String dockerfile) throws IOException {
        Path dir = project.resolve("services").resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("Dockerfile"), dockerfile);
    }

    private static JsonNode service(JsonNode json, String name) {
        for (JsonNode node : json.path("services")) {
            if (node.path("service").asText().equals(name)) {
                return node;
            }
        }
        throw new AssertionError("no " + name + " in " + json);
    }

    private static String dpkgVersion(String image, String pkg) throws Exception {
        Process process = new ProcessBuilder("/usr/bin/docker", "run", "--rm", image, "dpkg-query", "-W",
                "-f=${Version}", pkg).redirectErrorStream(true).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("dpkg-query timed out");
        }
        String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(version).isZero();
        return version;
    }
}
