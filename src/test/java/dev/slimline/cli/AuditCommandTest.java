package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.audit.Monorepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {

    @TempDir
    Path dir;

    private CliHarness.Result audit(String... extra) {
        String[] args = new String[extra.length + 1];
        args[0] = "audit";
        System.arraycopy(extra, 0, args, 1, extra.length);
        return CliHarness.run(args);
    }

    @Test
    void tableShowsEveryServiceTheMissingIgnoresAndTheSaving() {
        Monorepo.write(dir);

        CliHarness.Result result = audit(dir.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.err()).isEmpty();
        assertThat(result.out())
                .contains("┌", "┬", "│ Service", "│ Base Image", "│ Image Size", "│ Layers", "│ Top Issue", "└")
                .contains("│ services/api ", "│ services/web-app ", "│ services/worker ")
                .contains("│ node:18 ", "│ python:3.11 ")
                .contains("Build tools in final image")
                .contains("Missing .dockerignore: services/api, services/worker\n")
                .containsPattern("~1\\.\\d GB")
                .containsPattern("Estimated total savings with optimization: \\d\\.\\d GB → \\d+ MB \\(\\d+% reduction\\)");
    }

    @Test
    void jsonCarriesTheContractFields() throws IOException {
        Monorepo.write(dir);

        CliHarness.Result result = audit(dir.toString(), "--format", "json");
        JsonNode root = new ObjectMapper().readTree(result.out());

        assertThat(result.exitCode()).isZero();
        JsonNode worker = root.path("services").get(2);
        assertThat(worker.path("name").asText()).isEqualTo("services/worker");
        assertThat(worker.path("dockerfile").asText()).endsWith("services/worker/Dockerfile");
        assertThat(worker.path("baseImage").asText()).isEqualTo("python:3.11");
        assertThat(worker.path("size").path("bytes").asLong()).isGreaterThan(1_000_000_000L);
        assertThat(worker.path("size").path("estimated").asBoolean()).isTrue();
        assertThat(worker.path("layers").asInt()).isEqualTo(7 + 4);
        assertThat(worker.path("topIssue").asText()).isEqualTo("Build tools in final image");
        assertThat(worker.path("hasDockerignore").asBoolean()).isFalse();
        JsonNode finding = worker.path("findings").get(0);
        assertThat(finding.path("ruleId").asText()).matches("SL\\d{4}");
        assertThat(finding.has("severity") && finding.has("line") && finding.has("column") && finding.has("message")).isTrue();
        assertThat(worker.path("stages").get(0).path("from").asText()).isEqualTo("python:3.11");
        assertThat(worker.path("stages").get(0).path("instructionCount").asInt()).isEqualTo(6);
        assertThat(root.path("parseErrors").isArray()).isTrue();
        JsonNode savings = root.path("savings");
        assertThat(savings.path("afterBytes").asLong()).isLessThan(savings.path("beforeBytes").asLong());
        assertThat(savings.path("percent").asInt()).isBetween(50, 99);
    }

    @Test
    void markdownHasTheTableAndFindings() {
        Monorepo.write(dir);

        CliHarness.Result result = audit(dir.toString(), "--format", "MARKDOWN");

        assertThat(result.out()).contains("| Service | Base Image | Image Size | Layers | Top Issue |")
                .contains("| services/worker | `python:3.11` |").contains("### services/api");
    }

    @Test
    void missingPathIsOneLineAndExit3() {
        CliHarness.Result result = audit(dir.resolve("nope").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err().lines()).singleElement().asString()
                .isEqualTo("slimline: " + dir.resolve("nope") + ": no such file or directory");
    }

    @Test
    void aSingleDockerfileCanBeAudited() {
        Monorepo.write(dir);

        CliHarness.Result result = audit(dir.resolve("services/worker/Dockerfile").toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("│ worker ").contains("python:3.11");
    }

    @Test
    void unparsableDockerfileIsListedWithLineAndColumnAndTheRestGoOn() {
        Monorepo.write(dir);
        Monorepo.file(dir, "services/broken/Dockerfile", "FROM node:18\nCOPY onlyone\n");

        CliHarness.Result result = audit(dir.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).containsPattern("slimline: .*services/broken/Dockerfile:2:\\d+: .+");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.out()).contains("services/worker").contains("Not audited (parse errors):");
    }

    @Test
    void binaryFileNamedDockerfileIsAParseError() throws IOException {
        Monorepo.write(dir);
        Files.write(dir.resolve("services/blob.Dockerfile"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});

        CliHarness.Result result = audit(dir.toString(), "--format", "json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("services/blob.Dockerfile:1:1: not a text file");
        assertThat(result.out()).contains("\"parseErrors\"").contains("not a text file");
    }

    @Test
    void singleUnparsableFileIsBadInput() {
        Monorepo.file(dir, "Dockerfile", "FROM node:18\nCOPY onlyone\n");

        CliHarness.Result result = audit(dir.resolve("Dockerfile").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err().lines()).singleElement().asString().containsPattern("Dockerfile:2:\\d+: ");
        assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void withFailOnAnUnparsableDockerfileFailsTheRun() {
        Monorepo.write(dir);
        Monorepo.file(dir, "services/broken/Dockerfile", "FROM node:18\nCOPY onlyone\n");

        assertThat(audit(dir.toString(), "--fail-on", "critical").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void malformedConfigIsFileLineColumnAndExit3() {
        Monorepo.write(dir);
        Monorepo.file(dir, ".slimline.yaml", "rules:\n  ignore: [SL1001\n");

        CliHarness.Result result = audit(dir.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err().lines()).singleElement().asString()
                .containsPattern("slimline: .*\\.slimline\\.yaml:\\d+:\\d+: malformed YAML");
    }

    @Test
    void explicitConfigFileIsUsedAndItsIgnoresApply() {
        Monorepo.write(dir);
        Monorepo.file(dir, "elsewhere.yaml", "rules:\n  ignore: [SL1008]\n");

        CliHarness.Result result = audit(dir.toString(), "--config", dir.resolve("elsewhere.yaml").toString(),
                "--format", "json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain("\"SL1008\"");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Monorepo.write(dir);

        CliHarness.Result result = audit(dir.toString(), "--format", "yaml");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("slimline: Invalid value for option '--format'");
    }

    @Test
    void failOnThresholdDecidesExit1() {
        Monorepo.write(dir);

        assertThat(audit(dir.toString(), "--fail-on", "high").exitCode()).isEqualTo(ExitCodes.FINDINGS);
        Monorepo.file(dir, ".slimline.yaml", "failOn: high\n");
        assertThat(audit(dir.toString()).exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void outputFileReceivesTheReport() throws IOException {
        Monorepo.write(dir);
        Path report = dir.resolve("audit.sarif");

        CliHarness.Result result = audit(dir.toString(), "--format", "sarif", "--output", report.toString());

        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(report)).contains("\"version\" : \"2.1.0\"");
    }

    @Test
    void shortOutputWritesTheBytesTheTableWouldPrint() throws IOException {
        Monorepo.write(dir);
        Path report = dir.resolve("audit.txt");

        CliHarness.Result printed = audit(dir.toString());
        CliHarness.Result written = audit(dir.toString(), "-o", report.toString());

        assertThat(written.exitCode()).isEqualTo(printed.exitCode());
        assertThat(written.out()).isEmpty();
        assertThat(printed.out()).isNotEmpty();
        assertThat(Files.readString(report)).isEqualTo(printed.out());
        assertThat(printed.out()).as("not a terminal: no colour").doesNotContain("\033[");
    }

    @Test
    void measuringAServiceThatDoesNotExistIsAUsageErrorNamingTheServices() {
        Monorepo.write(dir);

        CliHarness.Result result = audit(dir.toString(), "--image", "billing=billing:1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("slimline: --image billing: no service of that name; services: ")
                .contains("services/api");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aBuildNetworkWithoutNameOrServiceIsAUsageError() {
        Monorepo.write(dir);

        CliHarness.Result result = audit(dir.toString(), "--build", "--build-network", "worker=");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).startsWith("slimline: --build-network worker=: expected NETWORK or SERVICE=NETWORK");
    }

    @Test
    void buildWithoutAUsableDockerClientEndsInOneLineAndExit4() {
        Monorepo.write(dir);

        CliHarness.Result result = audit(dir.toString(), "--build", "--docker", dir.resolve("no-docker").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(result.err().strip()).startsWith("slimline: cannot run the docker client ").doesNotContain("\n\tat ");
        assertThat(result.out()).isEmpty();
    }
}
