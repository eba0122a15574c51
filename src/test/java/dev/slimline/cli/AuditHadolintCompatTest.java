package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** hadolint users' settings: {@code .hadolint.yaml}'s ignored/override through the DL->SL map, and {@code --ignore}. */
class AuditHadolintCompatTest {

    @TempDir
    Path dir;

    /** SL1001 (hadolint DL3009) fires on this Dockerfile: apt lists are kept. */
    private void dockerfile() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), """
                FROM debian:bookworm-slim
                RUN apt-get update && apt-get install -y --no-install-recommends curl
                CMD ["curl", "--version"]
                """);
    }

    private List<JsonNode> findings(String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("audit", dir.toString(), "--format", "codeclimate"));
        args.addAll(List.of(extra));
        CliHarness.Result result = CliHarness.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> issues = new ArrayList<>();
        new ObjectMapper().readTree(result.out()).forEach(issues::add);
        return issues;
    }

    private static List<String> severitiesOf(List<JsonNode> issues, String rule) {
        return issues.stream().filter(i -> i.path("check_name").asText().equals(rule))
                .map(i -> i.path("severity").asText()).toList();
    }

    @Test
    void withoutConfigTheRuleFiresAtItsOwnSeverity() throws IOException {
        dockerfile();
        assertThat(severitiesOf(findings(), "SL1001")).containsExactly("major");
    }

    @Test
    void hadolintIgnoredSilencesTheSlimlineRuleThatCoversTheDlId() throws IOException {
        dockerfile();
        Files.writeString(dir.resolve(".hadolint.yaml"), "ignored:\n  - DL3009\ntrustedRegistries: [docker.io]\n");
        assertThat(severitiesOf(findings(), "SL1001")).isEmpty();
    }

    @Test
    void hadolintOverrideChangesTheLevel() throws IOException {
        dockerfile();
        Files.writeString(dir.resolve(".hadolint.yml"), "override:\n  error:\n    - DL3009\n");
        assertThat(severitiesOf(findings(), "SL1001")).containsExactly("critical");
    }

    @Test
    void ignoreOptionTakesSlimlineAndHadolintIdsAndRejectsUnknownOnes() throws IOException {
        dockerfile();
        assertThat(severitiesOf(findings("--ignore", "SL1001"), "SL1001")).isEmpty();
        assertThat(severitiesOf(findings("--ignore", "DL3009"), "SL1001")).isEmpty();
        CliHarness.Result unknown = CliHarness.run("audit", dir.toString(), "--ignore", "XX9999");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("--ignore: unknown rule 'XX9999'");
    }
}
