package dev.slimline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import dev.slimline.config.BudgetSpec.Growth;
import dev.slimline.rule.Linter;
import dev.slimline.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BudgetConfigTest {

    private static final Path FILE = Path.of(".slimline.yaml");
    private final ConfigLoader loader = new ConfigLoader(Linter.builtinEngine().ruleIds());

    @Test
    void readsTheStoryBudgetsWithDefaultsAndWhereEachWasSet() {
        SlimlineConfig config = loader.parse(FILE, """
                defaults:
                  maxGrowth: 10%
                  minEfficiency: 95%
                  maxWastedBytes: 20MB
                  vulnerabilities:
                    failOn: high
                    fixableOnly: true
                    ignore:
                      - id: CVE-2023-0001
                        reason: not reachable
                        expires: 2030-01-31
                services:
                  api:
                    maxSize: 200MB
                  worker:
                    maxSize: 400MB
                    maxGrowth: 50MiB
                    vulnerabilities:
                      failOn: critical
                      ignore: [{id: CVE-2023-0002, reason: accepted}]
                  services/web-app:
                    maxSize: 150MB
                    minEfficiency: 0.9
                """);
        BudgetSpec api = config.budgetFor("services/api");
        assertThat(api.maxSize().orElseThrow().value()).isEqualTo(200_000_000L);
        assertThat(api.maxSize().orElseThrow().location().line()).isEqualTo(14);
        assertThat(api.maxGrowth().orElseThrow().value()).isEqualTo(new Growth(true, 10));
        assertThat(api.minEfficiency().orElseThrow().value()).isEqualTo(0.95);
        assertThat(api.maxWastedBytes().orElseThrow().value()).isEqualTo(20_000_000L);
        assertThat(api.vulnerabilities().failOn().orElseThrow().value()).isEqualTo(Severity.HIGH);
        assertThat(api.vulnerabilities().fixableOnly()).contains(true);

        BudgetSpec worker = config.budgetFor("services/worker");
        assertThat(worker.maxSize().orElseThrow().value()).isEqualTo(400_000_000L);
        assertThat(worker.maxGrowth().orElseThrow().value()).isEqualTo(new Growth(false, 50 * 1024 * 1024));
        assertThat(worker.vulnerabilities().failOn().orElseThrow().value()).isEqualTo(Severity.CRITICAL);
        assertThat(worker.vulnerabilities().fixableOnly()).contains(true);
        assertThat(worker.vulnerabilities().ignore()).extracting(e -> e.id())
                .containsExactly("CVE-2023-0001", "CVE-2023-0002");

        assertThat(config.budgetFor("services/web-app").maxSize().orElseThrow().value()).isEqualTo(150_000_000L);
        assertThat(config.budgetFor("services/web-app").minEfficiency().orElseThrow().value()).isEqualTo(0.9);
        // A service without its own entry gets the defaults only.
        assertThat(config.budgetFor("services/other").maxSize()).isEmpty();
        assertThat(config.budgetFor("services/other").maxGrowth()).isPresent();
    }

    @Test
    void growthIsPercentOrBytesOfTheBaseline() {
        assertThat(new Growth(true, 10).limitFor(200_000_000L)).isEqualTo(220_000_000L);
        assertThat(new Growth(false, 5_000_000).limitFor(200_000_000L)).isEqualTo(205_000_000L);
    }

    @Test
    void unknownBudgetKeyNamesFileLineAndColumn() {
        assertThatThrownBy(() -> loader.parse(FILE, """
                services:
                  api:
                    maxSize: 200MB
                    maxSzie: 100MB
                """))
                .isInstanceOf(SlimlineException.class)
                .extracting(e -> ((SlimlineException) e).oneLine())
                .isEqualTo(".slimline.yaml:4:5: unknown key 'services.api.maxSzie' (expected maxSize, maxGrowth,"
                        + " minEfficiency, maxWastedBytes, vulnerabilities)");
    }

    @Test
    void wrongTypesAreErrorsAtTheValue() {
        assertThat(error("services:\n  api:\n    maxSize: [1]\n"))
                .isEqualTo(".slimline.yaml:3:14: services.api.maxSize must be a size like 200MB, 1.5GB or 512MiB, not a list");
        assertThat(error("services:\n  api:\n    maxSize: huge\n"))
                .isEqualTo(".slimline.yaml:3:14: services.api.maxSize must be a size like 200MB, 1.5GB or 512MiB,"
                        + " not the text 'huge'");
        assertThat(error("defaults:\n  minEfficiency: 1.5\n"))
                .startsWith(".slimline.yaml:2:18: defaults.minEfficiency must be a fraction from 0 to 1");
        assertThat(error("defaults:\n  vulnerabilities:\n    fixableOnly: yes please\n"))
                .isEqualTo(".slimline.yaml:3:18: defaults.vulnerabilities.fixableOnly must be true or false, not the text 'yes please'");
        assertThat(error("defaults:\n  vulnerabilities:\n    failOn: severe\n"))
                .isEqualTo(".slimline.yaml:3:13: defaults.vulnerabilities.failOn: unknown severity 'severe'"
                        + " (expected info, low, medium, high, critical)");
        assertThat(error("defaults:\n  vulnerabilities:\n    ignore: [{id: CVE-1, reason: r, until: 2030-01-01}]\n"))
                .startsWith(".slimline.yaml:3:").contains("unknown key 'until'");
        assertThat(error("services:\n  api: 200MB\n"))
                .isEqualTo(".slimline.yaml:2:8: services.api must be a mapping of budgets, not the text '200MB'");
        assertThat(error("defaults:\n  maxSize: 1MB\n  maxSize: 2MB\n"))
                .isEqualTo(".slimline.yaml:3:3: duplicate key 'defaults.maxSize'");
    }

    @Test
    void exampleMonorepoHasTheStoryBudgetsWithWebAppSetForTheSlimFamily() {
        Path example = Path.of(System.getProperty("user.dir"), "examples", "monorepo");
        assertThat(Files.isRegularFile(example.resolve(".slimline.yaml"))).isTrue();
        SlimlineConfig config = loader.loadFromDirectory(example);
        assertThat(config.budgetFor("services/api").maxSize().orElseThrow().value()).isEqualTo(200_000_000L);
        assertThat(config.budgetFor("services/worker").maxSize().orElseThrow().value()).isEqualTo(400_000_000L);
        // the story's 150 MB is an Alpine target; the example's comment says why the slim family gets 250 MB
        assertThat(config.budgetFor("services/web-app").maxSize().orElseThrow().value()).isEqualTo(250_000_000L);
        assertThat(config.budgetFor("services/api").vulnerabilities().failOn().orElseThrow().value())
                .isEqualTo(Severity.HIGH);
    }

    @Test
    void topLevelFailOnAndVulnerabilitiesFailOnReadOneScale() {
        for (Severity level : Severity.values()) {
            SlimlineConfig config = loader.parse(FILE, "failOn: " + level.label() + "\n"
                    + "defaults:\n  vulnerabilities:\n    failOn: " + level.name() + "\n");
            assertThat(config.failOn()).contains(level);
            assertThat(config.budgetFor("api").vulnerabilities().failOn().orElseThrow().value()).isSameAs(level);
        }
        // the same word is refused by both, with the same list of levels
        assertThat(error("failOn: none\n")).endsWith("(expected " + Severity.labels() + ")");
        assertThat(error("defaults:\n  vulnerabilities:\n    failOn: none\n"))
                .endsWith("(expected " + Severity.labels() + ")");
    }

    private String error(String yaml) {
        try {
            loader.parse(FILE, yaml);
        } catch (SlimlineException e) {
            return e.oneLine();
        }
        throw new AssertionError("no error for:\n" + yaml);
    }
}
