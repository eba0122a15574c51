package dev.slimline.rule;

import dev.slimline.Severity;

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

    @Test
    void unknownTargetIsBadInputNamingTheFile() {
        Dockerfile dockerfile = DockerfileParser.parse("FROM debian:12 AS build\n", Path.of("svc/Dockerfile"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Linter.lint(dockerfile, LintOptions.defaults().withTarget("nope")))
                .isInstanceOfSatisfying(dev.slimline.SlimlineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(dev.slimline.SlimlineException.Kind.BAD_INPUT);
                    assertThat(e.oneLine()).isEqualTo("svc/Dockerfile: no such build stage: nope");
                });
    }

    @Test
    void theTargetDecidesWhichStagesShip() {
        String text = """
                FROM golang:1.22-alpine AS build
                RUN apk add --no-cache gcc musl-dev
                FROM build AS test
                RUN go test ./...
                FROM gcr.io/distroless/static-debian12:nonroot
                COPY --from=build /out/app /app
                """;
        Dockerfile dockerfile = DockerfileParser.parse(text, null);
        assertThat(Linter.lint(dockerfile, LintOptions.defaults()).findings()).extracting(Finding::ruleId).doesNotContain("SL1008");
        assertThat(Linter.lint(dockerfile, LintOptions.defaults().withTarget("test")).findings()).extracting(Finding::ruleId)
                .contains("SL1008");
    }
}
