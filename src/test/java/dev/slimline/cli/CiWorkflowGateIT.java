package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slimline.ci.WorkflowSteps;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.TestEngines;
import dev.slimline.gate.GateRunner;
import dev.slimline.report.SizeText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the very gate command of the workflow {@code slimline ci init} writes, against the example monorepo on the
 * real engine, with the matrix value and the database variable filled in as the runner would. The original api
 * image (node:18, about 1.1 GB) must fail its 200 MB budget from examples/monorepo/.slimline.yaml.
 */
class CiWorkflowGateIT {

    private static final Path REPO = Path.of(System.getProperty("user.dir"));
    private static final List<String> REPORTS = List.of("slimline-gate.sarif", "slimline-gate.html",
            "slimline-gate.junit.xml", "slimline-gate.md", "slimline-gate.json");

    private final DockerEngine engine = TestEngines.real();

    @Test
    void theWorkflowsGateCommandFailsTheOriginalApiOverItsBudget(@TempDir Path dir) throws Exception {
        Path workflow = dir.resolve("gate.yml");
        CliHarness.Result init = CliHarness.run("ci", "init", "--provider", "github", "--out", workflow.toString(),
                "--slimline-command", "slimline", REPO.resolve("examples/monorepo").toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        String run = gateStep(new ObjectMapper(new YAMLFactory()).readTree(workflow.toFile()));

        Path db = dir.resolve("osv");
        FixtureAdvisories.load(db, Map.of("Debian", Map.of("DSA-1-1.json", FixtureAdvisories.advisory("DSA-1-1",
                "CVE-2000-0001", "not installed anywhere", "Debian:12", "slimline-no-such-package", "1.0-1",
                FixtureAdvisories.HIGH_VECTOR))));
        String filled = run.replace("${{ matrix.service }}", "services/api").replace("$SLIMLINE_DB", db.toString());
        List<String> argv = shellWords(filled);
        assertThat(argv.get(0)).isEqualTo("slimline");
        try {
            CliHarness.Result gate = CliHarness.run(argv.subList(1, argv.size()).toArray(String[]::new));
            assertThat(gate.exitCode()).as(gate.out() + gate.err()).isEqualTo(1);
            long size = engine.imageInspect(GateRunner.tagFor("services/api")).sizeBytes();
            assertThat(size).isGreaterThan(200_000_000L);
            assertThat(gate.out()).startsWith("::error file=examples/monorepo/services/api/Dockerfile,line=1,"
                    + "title=slimline gate%3A services/api maxSize::image is " + SizeText.of(size) + ", "
                    + SizeText.of(size - 200_000_000L) + " over the 200 MB budget (limit 200 MB)");
            JsonNode json = new ObjectMapper().readTree(REPO.resolve("slimline-gate.json").toFile());
            assertThat(json.path("services")).hasSize(1);
            assertThat(json.path("services").get(0).path("checks").toString())
                    .contains("\"check\":\"vulnerabilities\",\"id\":\"SLG005\",\"passed\":true");
            assertThat(Files.readString(REPO.resolve("slimline-gate.sarif"))).contains("\"ruleId\" : \"SLG001\"");
            assertThat(Files.readString(REPO.resolve("slimline-gate.md"))).contains("| `services/api` |");
        } finally {
            for (String report : REPORTS) {
                Files.deleteIfExists(REPO.resolve(report));
            }
            engine.removeImage(GateRunner.tagFor("services/api"));
        }
    }

    private static String gateStep(JsonNode workflow) {
        return WorkflowSteps.step(workflow.path("jobs").path("gate"), "slimline gate").path("run").asText().strip();
    }

    /** Splits a one-line shell command into words the way sh does for plain words and double-quoted strings. */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }
}
