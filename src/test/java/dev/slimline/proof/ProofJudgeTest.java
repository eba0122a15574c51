package dev.slimline.proof;

import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.optimize.OptimizationResult;
import dev.slimline.optimize.OptimizeOptions;
import dev.slimline.optimize.Optimizer;
import dev.slimline.verify.BuiltImage;
import dev.slimline.verify.Check;
import dev.slimline.verify.CheckCategory;
import dev.slimline.verify.CheckStatus;
import dev.slimline.verify.ServiceResult;
import dev.slimline.verify.Variant;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A candidate that passed every check but measures bigger than the original is not written; which failures are waived. */
class ProofJudgeTest {

    private static final Candidate RECIPES = new Candidate("safe recipes only", "python:3.11", null, null);
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

    @Test
    void compilersThatTheCandidatesBaseImageItselfCarriesAreWaivedOnlyThere() {
        List<Check> checks = List.of(new Check("app", Variant.OPTIMIZED, CheckCategory.BUILD, "build", CheckStatus.PASS,
                "built", ""), new Check("app", Variant.OPTIMIZED, CheckCategory.SECURITY, "build-tools", CheckStatus.FAIL,
                "build tools found", "on PATH: /usr/bin/gcc"));
        ServiceResult result = new ServiceResult("app", new BuiltImage("o", "sha256:o", 1_000, 10, 1),
                new BuiltImage("n", "sha256:n", 900, 11, 1), checks, List.of());
        OptimizationResult rewrite = new Optimizer(KnowledgeCatalog.bundled()).optimize(DockerfileParser.parse(
                "FROM php:8.2-cli\nCOPY . /app\nCMD [\"php\", \"/app/run.php\"]\n", Path.of("Dockerfile")),
                Optional.empty(), OptimizeOptions.defaults());
        assertThat(rewrite.template()).as("a template's candidate, not the safe recipes").hasValue("php");

        CandidateTrial php = ProofJudge.judge(new Candidate("full", "php:8.2-cli", rewrite, OptimizeOptions.defaults()), result, OptimizeOptions.defaults());
        assertThat(php.passed()).isTrue();
        assertThat(php.waived()).extracting(CandidateTrial.Waiver::reason).containsExactly(
                "the base image php:8.2-cli itself carries them (phpize-deps); no rewrite on it can remove them");

        CandidateTrial slim = ProofJudge.judge(new Candidate("slim", "python:3.11-slim", rewrite, OptimizeOptions.defaults()), result, OptimizeOptions.defaults());
        assertThat(slim.passed()).isFalse();
        assertThat(slim.failures()).extracting(Check::name).containsExactly("build-tools");
    }

    @Test
    void aCommandProbeFailingOnTheCandidateAsOnTheOriginalIsWaivedButAnExitIsNot() {
        Check original = new Check("app", Variant.ORIGINAL, CheckCategory.HEALTH, "health", CheckStatus.FAIL,
                "celery -A worker.app inspect ping did not answer pong within 60s", "");
        Check same = new Check("app", Variant.OPTIMIZED, CheckCategory.HEALTH, "health", CheckStatus.FAIL,
                original.summary(), "");
        Check exited = new Check("app", Variant.OPTIMIZED, CheckCategory.HEALTH, "health", CheckStatus.FAIL,
                "container exited (code 1)", "");
        Candidate recipes = new Candidate("safe recipes only", "python:3.11", new OptimizationResult(Path.of("Dockerfile"),
                "FROM python:3.11\n", "FROM python:3.11\nUSER 1000\n", Optional.empty(), Optional.empty(), List.of(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), "", "1000", false), null);
        CandidateTrial waived = ProofJudge.judge(recipes, withChecks(original, same), OptimizeOptions.defaults());
        assertThat(waived.passed()).isTrue();
        assertThat(waived.waived()).extracting(CandidateTrial.Waiver::reason)
                .containsExactly("the original answers the same probes the same way (" + original.summary()
                        + "): nothing it answers to compare");
        assertThat(ProofJudge.judge(recipes, withChecks(original, exited), OptimizeOptions.defaults()).failures())
                .containsExactly(exited);
    }

    @Test
    void anHttpProbeEndingOnSettledAnswersIsWaivedWhenTheOriginalTriedTheSameRoutesHoweverItEnded() {
        Check settled = health(Variant.ORIGINAL, "no 2xx from /health, / (the same answers for 10s: /health → 404, / → 404)");
        Check waitedOut = health(Variant.ORIGINAL, "no 2xx from /, /health within 120s");
        Check same = health(Variant.OPTIMIZED, "no 2xx from /health, / (the same answers for 10s: /health → 404, / → 404)");
        Check otherRoutes = health(Variant.OPTIMIZED, "no 2xx from /ready, /health, / within 120s");
        Candidate recipes = new Candidate("safe recipes only", "node:18", new OptimizationResult(Path.of("Dockerfile"),
                "FROM node:18\n", "FROM node:18\nUSER node\n", Optional.empty(), Optional.empty(), List.of(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), "", "node", false), null);

        assertThat(ProofJudge.judge(recipes, withChecks(settled, same), OptimizeOptions.defaults()).waived())
                .extracting(CandidateTrial.Waiver::reason).singleElement().asString().endsWith("no health route to compare");
        assertThat(ProofJudge.judge(recipes, withChecks(waitedOut, same), OptimizeOptions.defaults()).passed()).isTrue();
        assertThat(ProofJudge.judge(recipes, withChecks(settled, otherRoutes), OptimizeOptions.defaults()).failures())
                .containsExactly(otherRoutes);
    }

    private static Check health(Variant variant, String summary) {
        return new Check("app", variant, CheckCategory.HEALTH, "health", CheckStatus.FAIL, summary, "");
    }

    private static ServiceResult withChecks(Check... checks) {
        return new ServiceResult("app", new BuiltImage("o", "sha256:o", 1_000, 10, 1),
                new BuiltImage("n", "sha256:n", 400, 11, 1), List.of(checks), List.of());
    }
}
