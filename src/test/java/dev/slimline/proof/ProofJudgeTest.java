package dev.slimline.proof;

import dev.slimline.optimize.OptimizeOptions;
import dev.slimline.verify.BuiltImage;
import dev.slimline.verify.Check;
import dev.slimline.verify.CheckCategory;
import dev.slimline.verify.CheckStatus;
import dev.slimline.verify.ServiceResult;
import dev.slimline.verify.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A candidate that passed every check but measures bigger than the original is not written. */
class ProofJudgeTest {

    private static final Candidate RECIPES = new Candidate("safe recipes only", "python:3.11", null);
    private static final List<Check> PASSING = List.of(
            new Check("app", Variant.OPTIMIZED, CheckCategory.BUILD, "build", CheckStatus.PASS, "built", ""));

    private static ServiceResult sized(long original, long optimized) {
        return new ServiceResult("app", new BuiltImage("o", "sha256:o", original, 10, 1),
                new BuiltImage("n", "sha256:n", optimized, 11, 1), PASSING, List.of());
    }

    @Test
    void aCandidateBiggerThanTheOriginalFailsEvenByAFewKilobytes() {
        CandidateTrial trial = ProofJudge.judge(RECIPES, sized(1_005_100_000L, 1_005_109_000L), OptimizeOptions.defaults());
        assertThat(trial.passed()).isFalse();
        assertThat(trial.failures()).extracting(Check::name).containsExactly("size");
        assertThat(trial.failures().get(0).summary()).isEqualTo("bigger than the original: 1005109000 > 1005100000 bytes");
    }

    @Test
    void aCandidateOfTheSameSizeOrSmallerPasses() {
        assertThat(ProofJudge.judge(RECIPES, sized(1_000, 1_000), OptimizeOptions.defaults()).passed()).isTrue();
        assertThat(ProofJudge.judge(RECIPES, sized(1_000, 400), OptimizeOptions.defaults()).passed()).isTrue();
    }
}
