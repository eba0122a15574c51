package dev.slimline.rule;

import dev.slimline.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.dockerfile.Instruction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    /** Reports every RUN; maps a hadolint ID so hadolint pragmas can be tested. */
    @RuleInfo(id = "SL9001", summary = "every RUN", severity = Severity.MEDIUM, category = Category.SIZE, hadolint = "DL9999")
    static final class EveryRun implements Rule {
        @Override
        public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
            List<Finding> findings = new ArrayList<>();
            for (Instruction instruction : dockerfile.instructions()) {
                if (instruction instanceof Instruction.Run run) {
                    findings.add(finding(dockerfile, run, "run"));
                }
            }
            return findings;
        }
    }

    @RuleInfo(id = "SL9002", summary = "every FROM", severity = Severity.LOW, category = Category.SECURITY)
    static final class EveryFrom implements Rule {
        @Override
        public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
            return dockerfile.stages().stream().map(s -> finding(dockerfile, s.from(), "from")).toList();
        }
    }

    static final class Unannotated implements Rule {
        @Override
        public List<Finding> check(Dockerfile dockerfile, RuleContext context) {
            return List.of();
        }
    }

    private final RuleEngine engine = new RuleEngine(List.of(new EveryRun(), new EveryFrom()));

    private static Dockerfile parse(String text) {
        return DockerfileParser.parse(text, Path.of("Dockerfile"));
    }

    @Test
    void findingsAreSortedAndCarryTheRuleIdentity() {
        List<Finding> findings = engine.run(parse("FROM a:1\nRUN x\nFROM b:1\nRUN y\n"), LintOptions.defaults());
        assertThat(findings).extracting(f -> f.line() + ":" + f.ruleId())
                .containsExactly("1:SL9002", "2:SL9001", "3:SL9002", "4:SL9001");
        Finding run = findings.get(1);
        assertThat(run.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(run.category()).isEqualTo(Category.SIZE);
        assertThat(run.location()).hasToString("Dockerfile:2:1");
    }

    @Test
    void slimlineIgnoreAppliesToTheNextInstructionOnly() {
        List<Finding> findings = engine.run(parse("""
                FROM a:1
                # slimline ignore=SL9001
                RUN x
                RUN y
                """), LintOptions.defaults());
        assertThat(findings).extracting(f -> f.line() + ":" + f.ruleId()).containsExactly("1:SL9002", "4:SL9001");
    }

    @Test
    void stackedCommentsAndSeveralIdsAreHonoured() {
        List<Finding> findings = engine.run(parse("""
                # slimline ignore=SL9002
                # why: the base is pinned elsewhere
                FROM a:1
                # slimline ignore=SL9002, SL9001 the reason
                RUN x && \\
                    y
                """), LintOptions.defaults());
        assertThat(findings).isEmpty();
    }

    @Test
    void ignoreAboveABlankLineDoesNotReach() {
        List<Finding> findings = engine.run(parse("FROM a:1\n# slimline ignore=SL9001\n\nRUN x\n"), LintOptions.defaults());
        assertThat(findings).extracting(Finding::ruleId).containsExactly("SL9002", "SL9001");
    }

    @Test
    void globalIgnoreAppliesEverywhere() {
        List<Finding> findings = engine.run(parse("FROM a:1\nRUN x\n# slimline global ignore=SL9001\nRUN y\n"), LintOptions.defaults());
        assertThat(findings).extracting(Finding::ruleId).containsExactly("SL9002");
    }

    @Test
    void hadolintPragmasSilenceMappedRules() {
        List<Finding> findings = engine.run(parse("""
                FROM a:1
                # hadolint ignore=DL9999
                RUN x
                RUN y
                # hadolint ignore=DL3008
                FROM b:1
                """), LintOptions.defaults());
        assertThat(findings).extracting(f -> f.line() + ":" + f.ruleId()).containsExactly("1:SL9002", "4:SL9001", "6:SL9002");
        assertThat(engine.run(parse("# hadolint global ignore=DL9999\nFROM a:1\nRUN x\n"), LintOptions.defaults()))
                .extracting(Finding::ruleId).containsExactly("SL9002");
        assertThat(engine.forHadolint("DL9999")).containsExactly("SL9001");
    }

    @Test
    void optionsSwitchOffRulesAndOverrideSeverities() {
        LintOptions options = LintOptions.defaults().withIgnoredRules(Set.of("SL9002"))
                .withSeverityOverrides(Map.of("SL9001", Severity.CRITICAL));
        List<Finding> findings = engine.run(parse("FROM a:1\nRUN x\n"), options);
        assertThat(findings).extracting(f -> f.ruleId() + "=" + f.severity()).containsExactly("SL9001=CRITICAL");
    }

    @Test
    void rejectsDuplicateIdsAndMissingAnnotations() {
        assertThatThrownBy(() -> new RuleEngine(List.of(new EveryRun(), new EveryRun())))
                .hasMessageContaining("duplicate rule id SL9001");
        assertThatThrownBy(() -> new RuleEngine(List.of(new Unannotated()))).hasMessageContaining("has no @RuleInfo");
    }

    @Test
    void lintResultPicksTheTopFindingAndCountsAtThreshold() {
        LintResult result = new LintResult(Path.of("Dockerfile"), engine.run(parse("FROM a:1\nRUN x\nRUN y\n"), LintOptions.defaults()));
        assertThat(result.topFinding()).hasValueSatisfying(f -> assertThat(f.line() + ":" + f.ruleId()).isEqualTo("2:SL9001"));
        assertThat(result.atOrAbove(Severity.MEDIUM)).hasSize(2);
        assertThat(result.atOrAbove(Severity.LOW)).hasSize(3);
        assertThat(result.highestSeverity()).contains(Severity.MEDIUM);
    }

    @Test
    void fixEditsSpliceTheOriginalText() {
        Dockerfile dockerfile = parse("FROM a:1\nMAINTAINER Jo <jo@x.io>\nRUN x\n");
        Instruction maintainer = dockerfile.instructions().get(1);
        Fix fix = Fix.replace("label", maintainer.span(), "LABEL a=b");
        assertThat(fix.applyTo(dockerfile.text())).isEqualTo("FROM a:1\nLABEL a=b\nRUN x\n");
    }

    @Test
    void severitiesMapToSarifLevelsAndParse() {
        assertThat(Severity.CRITICAL.sarifLevel()).isEqualTo("error");
        assertThat(Severity.MEDIUM.sarifLevel()).isEqualTo("warning");
        assertThat(Severity.INFO.sarifLevel()).isEqualTo("note");
        assertThat(Severity.parse(" High ")).contains(Severity.HIGH);
        assertThat(Severity.parse("severe")).isEmpty();
        assertThat(Severity.HIGH.atLeast(Severity.MEDIUM)).isTrue();
        assertThat(Severity.LOW.atLeast(Severity.MEDIUM)).isFalse();
    }
}
