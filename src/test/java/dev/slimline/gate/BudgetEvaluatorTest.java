package dev.slimline.gate;

import static dev.slimline.gate.GateFixtures.failOn;
import static dev.slimline.gate.GateFixtures.figures;
import static dev.slimline.gate.GateFixtures.finding;
import static dev.slimline.gate.GateFixtures.scan;
import static dev.slimline.gate.GateFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.config.BudgetSpec;
import dev.slimline.config.BudgetSpec.Growth;
import dev.slimline.Severity;
import dev.slimline.scan.cvss.CvssSeverity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetEvaluatorTest {

    private static final String SERVICE = "services/api";
    private static final String DOCKERFILE = "services/api/Dockerfile";

    private static ServiceVerdict evaluate(BudgetSpec budget, ImageFigures figures, Optional<Long> baseline) {
        return BudgetEvaluator.evaluate(SERVICE, DOCKERFILE, budget, figures, baseline);
    }

    private static BudgetSpec size(long max) {
        return new BudgetSpec(set(max, 4), Optional.empty(), Optional.empty(), Optional.empty(),
                BudgetSpec.VulnerabilityPolicy.none());
    }

    @Test
    void sizeOverBudgetSaysByHowMuchAndWhereTheBudgetIsSet() {
        ServiceVerdict verdict = evaluate(size(200_000_000L), figures(1_130_000_000L, Optional.empty()), Optional.empty());
        assertThat(verdict.passed()).isFalse();
        CheckResult check = verdict.checks().get(0);
        assertThat(check.kind()).isEqualTo(CheckKind.SIZE);
        assertThat(check.figure()).isEqualTo("1.1 GB");
        assertThat(check.limit()).isEqualTo("200 MB");
        assertThat(check.message()).isEqualTo("image is 1.1 GB, 930 MB over the 200 MB budget");
        assertThat(check.setAt().orElseThrow().line()).isEqualTo(4);
    }

    @Test
    void sizeAtTheBudgetPasses() {
        ServiceVerdict verdict = evaluate(size(200_000_000L), figures(200_000_000L, Optional.empty()), Optional.empty());
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.checks().get(0).message()).isEqualTo("image is 200 MB, within the 200 MB budget");
    }

    @Test
    void growthAgainstTheBaselineInPercentAndWithoutBaseline() {
        BudgetSpec budget = new BudgetSpec(Optional.empty(), set(new Growth(true, 10), 2), Optional.empty(),
                Optional.empty(), BudgetSpec.VulnerabilityPolicy.none());
        ServiceVerdict grown = evaluate(budget, figures(180_000_000L, Optional.empty()), Optional.of(150_000_000L));
        assertThat(grown.passed()).isFalse();
        assertThat(grown.checks().get(0).figure()).isEqualTo("+30 MB (+20.0%)");
        assertThat(grown.checks().get(0).message())
                .isEqualTo("image is 180 MB against a baseline of 150 MB (+30 MB (+20.0%)); over the allowed growth of +10%");

        assertThat(evaluate(budget, figures(160_000_000L, Optional.empty()), Optional.of(150_000_000L)).passed()).isTrue();
        ServiceVerdict shrunk = evaluate(budget, figures(140_000_000L, Optional.empty()), Optional.of(150_000_000L));
        assertThat(shrunk.passed()).isTrue();
        assertThat(shrunk.checks().get(0).figure()).isEqualTo("-10 MB (-6.7%)");

        ServiceVerdict first = evaluate(budget, figures(999_000_000L, Optional.empty()), Optional.empty());
        assertThat(first.passed()).isTrue();
        assertThat(first.checks().get(0).figure()).isEqualTo("no baseline");
    }

    @Test
    void efficiencyAndWastedBytesAsDiveRules() {
        BudgetSpec budget = new BudgetSpec(Optional.empty(), Optional.empty(), set(0.98, 3), set(2_000_000L, 5),
                BudgetSpec.VulnerabilityPolicy.none());
        ServiceVerdict verdict = evaluate(budget, figures(100_000_000L, Optional.empty()), Optional.empty());
        assertThat(verdict.checks()).extracting(CheckResult::kind)
                .containsExactly(CheckKind.EFFICIENCY, CheckKind.WASTED_BYTES);
        assertThat(verdict.checks().get(0).message()).isEqualTo("efficiency is 97%, below the minimum of 98%");
        assertThat(verdict.checks().get(0).limit()).isEqualTo(">= 98%");
        assertThat(verdict.checks().get(1).message())
                .isEqualTo("3 MB wasted in files stored in more than one layer, over the maximum of 2 MB");
        assertThat(verdict.failures()).hasSize(2);
    }

    @Test
    void vulnerabilitiesAtOrAboveTheThresholdFailAndUnfixedOnesCountOnlyWhenAsked() {
        var findings = scan(finding("DSA-1", CvssSeverity.CRITICAL, "openssl", "3.0.15-1"),
                finding("DSA-2", CvssSeverity.HIGH, "libxml2", null),
                finding("DSA-3", CvssSeverity.MEDIUM, "glibc", "2.36-9"));
        BudgetSpec fixable = new BudgetSpec(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                failOn(Severity.HIGH, true));
        CheckResult check = evaluate(fixable, figures(1, Optional.of(findings)), Optional.empty()).checks().get(0);
        assertThat(check.passed()).isFalse();
        assertThat(check.figure()).isEqualTo("1 critical");
        assertThat(check.limit()).isEqualTo("none >= high (fixable)");
        assertThat(check.message()).isEqualTo("1 fixable vulnerability at or above high: DSA-1 (critical) in openssl"
                + " 1.0-1, fixed in 3.0.15-1");

        BudgetSpec all = new BudgetSpec(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                failOn(Severity.HIGH, false));
        CheckResult both = evaluate(all, figures(1, Optional.of(findings)), Optional.empty()).checks().get(0);
        assertThat(both.figure()).isEqualTo("1 critical, 1 high");
        assertThat(both.message()).contains("DSA-2 (high) in libxml2 1.0-1, no fix yet");

        CheckResult clean = evaluate(fixable, figures(1, Optional.of(scan(finding("DSA-3", CvssSeverity.MEDIUM, "glibc",
                "2.36-9")))), Optional.empty()).checks().get(0);
        assertThat(clean.passed()).isTrue();
        assertThat(clean.figure()).isEqualTo("0");
        assertThat(clean.message()).isEqualTo("no fixable vulnerability at or above high");
    }

    @Test
    void noBudgetNoChecks() {
        ServiceVerdict verdict = evaluate(BudgetSpec.none(), figures(5_000_000_000L, Optional.empty()), Optional.empty());
        assertThat(verdict.checks()).isEmpty();
        assertThat(verdict.passed()).isTrue();
    }
}
