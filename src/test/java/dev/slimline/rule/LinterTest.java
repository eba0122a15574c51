package dev.slimline.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.config.ConfigLoader;
import dev.slimline.config.SlimlineConfig;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinterTest {

    private static final String BLOATED = """
            FROM python:3.11
            RUN apt-get update && apt-get install -y build-essential
            RUN pip install -r requirements.txt
            CMD python worker.py
            """;

    @Test
    void lintsWithEveryBuiltinRuleSortedByLine() {
        Dockerfile dockerfile = DockerfileParser.parse(BLOATED, Path.of("services/worker/Dockerfile"));
        LintResult result = Linter.lint(dockerfile, LintOptions.defaults());
        assertThat(result.file()).isEqualTo(Path.of("services/worker/Dockerfile"));
        assertThat(result.findings()).isSortedAccordingTo(Finding.BY_POSITION);
        assertThat(result.findings()).extracting(Finding::ruleId)
                .contains("SL1001", "SL1004", "SL1008", "SL1009", "SL1010", "SL2001", "SL3001", "SL3002");
        assertThat(result.topFinding()).hasValueSatisfying(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
        assertThat(result.findings().get(0).location().toString()).startsWith("services/worker/Dockerfile:1:");
    }

    @Test
    void configIgnoresAndOverridesFlowIntoTheOptions() {
        ConfigLoader loader = new ConfigLoader(Linter.builtinEngine().ruleIds());
        SlimlineConfig config = loader.parse(Path.of(".slimline.yaml"), """
                rules:
                  ignore: [SL1009, SL2001]
                  severity: {SL3001: high}
                failOn: high
                """);
        LintResult result = Linter.lint(DockerfileParser.parse(BLOATED, null), config.applyTo(LintOptions.defaults()));
        List<String> ids = result.findings().stream().map(Finding::ruleId).toList();
        assertThat(ids).doesNotContain("SL1009", "SL2001").contains("SL3001");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("SL3001"))
                .extracting(Finding::severity).containsExactly(Severity.HIGH);
        assertThat(result.atOrAbove(config.failOn().orElseThrow())).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("SL1008", "SL3001");
    }

    @Test
    void aCleanMultiStageFileHasNoSizeOrSecurityFindings() {
        LintResult result = Linter.lint(DockerfileParser.parse("""
                FROM python:3.11 AS build
                RUN apt-get update && apt-get install -y build-essential && pip wheel -w /w -r requirements.txt
                FROM python:3.11-slim
                COPY --from=build /w /w
                RUN pip install --no-cache-dir /w/*.whl && rm -rf /w && useradd -l -u 1001 app
                USER app
                HEALTHCHECK CMD ["python", "-c", "print(1)"]
                CMD ["python", "worker.py"]
                """, null), LintOptions.defaults());
        assertThat(result.findings()).extracting(Finding::category).doesNotContain(Category.SIZE, Category.SECURITY);
    }
}
