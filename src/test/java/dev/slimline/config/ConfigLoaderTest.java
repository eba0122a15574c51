package dev.slimline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import dev.slimline.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {

    private static final Path FILE = Path.of("repo/.slimline.yaml");
    private final ConfigLoader loader = new ConfigLoader(Set.of("SL1001", "SL2001", "SL3001"));

    @Test
    void readsEverySetting() {
        SlimlineConfig config = loader.parse(FILE, """
                rules:
                  ignore: [SL1001, SL3001]
                  severity:
                    SL2001: Critical
                failOn: high
                services:
                  services/api:
                    maxSize: 200MB
                """);
        assertThat(config.ignoredRules()).containsExactlyInAnyOrder("SL1001", "SL3001");
        assertThat(config.severityOverrides()).isEqualTo(Map.of("SL2001", Severity.CRITICAL));
        assertThat(config.failOn()).contains(Severity.HIGH);
        assertThat(config.services()).containsOnlyKeys("services/api");
        assertThat(config.services().get("services/api").maxSize().orElseThrow().value()).isEqualTo(200_000_000L);
        assertThat(config.file()).contains(FILE);
    }

    @Test
    void emptyFileMeansDefaults() {
        SlimlineConfig config = loader.parse(FILE, "# nothing yet\n");
        assertThat(config.ignoredRules()).isEmpty();
        assertThat(config.failOn()).isEmpty();
    }

    @Test
    void configIsFoundByWalkingUpToTheRepositoryRootAndNoFurther(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Path service = Files.createDirectories(repo.resolve("services/api"));
        Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "failOn: low\n");
        assertThat(ConfigLoader.find(service)).as("above the repository root").isEmpty();

        Files.writeString(repo.resolve(ConfigLoader.FILE_NAME), "failOn: medium\n");
        assertThat(ConfigLoader.find(service)).contains(repo.resolve(ConfigLoader.FILE_NAME).toAbsolutePath());
        assertThat(loader.loadFromDirectory(service).failOn()).contains(Severity.MEDIUM);

        Files.writeString(service.resolve(ConfigLoader.FILE_NAME), "failOn: high\n");
        assertThat(loader.loadFromDirectory(service).failOn()).as("the nearest wins").contains(Severity.HIGH);
    }

    @Test
    void outsideARepositoryOnlyTheDirectoryItselfIsRead(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), "failOn: low\n");
        assertThat(ConfigLoader.find(sub)).isEmpty();
    }

    @Test
    void missingFileInDirectoryMeansDefaults(@TempDir Path dir) {
        assertThat(loader.loadFromDirectory(dir)).isEqualTo(SlimlineConfig.defaults());
    }

    @Test
    void loadsFileFromDirectory(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".slimline.yaml"), "failOn: medium\n");
        assertThat(loader.loadFromDirectory(dir).failOn()).contains(Severity.MEDIUM);
    }

    @Test
    void namedFileMustExist(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> loader.load(missing))
                .isInstanceOfSatisfying(SlimlineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SlimlineException.Kind.BAD_INPUT);
                    assertThat(e.oneLine()).isEqualTo(missing + ": no such file");
                });
    }

    static List<Arguments> badConfigs() {
        return List.of(
                Arguments.of("rule:\n  ignore: [SL1001]\n", "1:1: unknown key 'rule' (expected rules, failOn, defaults, services)"),
                Arguments.of("rules:\n  ignored: [SL1001]\n", "2:3: unknown key 'rules.ignored' (expected rules.ignore, rules.severity)"),
                Arguments.of("rules:\n  ignore: SL1001\n", "2:11: rules.ignore must be a list of rule IDs, not the text 'SL1001'"),
                Arguments.of("rules:\n  ignore: [SL1001, 42]\n", "2:20: rules.ignore must be a rule ID like SL1001, not a number"),
                Arguments.of("rules:\n  ignore: [SL9999]\n", "2:12: unknown rule 'SL9999' (see docs/rules/README.md)"),
                Arguments.of("rules:\n  severity:\n    SL1001: huge\n", "3:13: rules.severity.SL1001: unknown severity 'huge' (expected info, low, medium, high, critical)"),
                Arguments.of("rules:\n  severity:\n    SL1234: low\n", "3:5: unknown rule 'SL1234' (see docs/rules/README.md)"),
                Arguments.of("rules:\n  severity: [SL1001]\n", "2:13: rules.severity must be a mapping of rule ID to severity, not a list"),
                Arguments.of("failOn: 3\n", "1:9: failOn must be a severity (info, low, medium, high, critical), not a number"),
                Arguments.of("failOn:\n", "1:8: failOn must be a severity (info, low, medium, high, critical), not an empty value"),
                Arguments.of("rules: true\n", "1:8: rules must be a mapping, not a boolean"),
                Arguments.of("- a\n- b\n", "1:1: the config must be a mapping, not a list"),
                Arguments.of("services:\n  api: 200MB\n", "2:8: services.api must be a mapping of budgets, not the text '200MB'"),
                Arguments.of("failOn: low\nfailOn: high\n", "2:1: duplicate key 'failOn'"),
                Arguments.of("failOn: \"high\n", "2:1: malformed YAML: found unexpected end of stream"));
    }

    @ParameterizedTest
    @MethodSource("badConfigs")
    void rejectsBadInputWithFileLineAndColumn(String yaml, String expected) {
        assertThatThrownBy(() -> loader.parse(FILE, yaml))
                .isInstanceOfSatisfying(SlimlineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SlimlineException.Kind.BAD_INPUT);
                    assertThat(e.oneLine()).startsWith(FILE + ":" + expected);
                });
    }
}
