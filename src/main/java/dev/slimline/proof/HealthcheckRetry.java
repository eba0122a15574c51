package dev.slimline.proof;

import dev.slimline.project.DockerfileService;
import dev.slimline.verify.Check;
import dev.slimline.verify.HealthProber;
import dev.slimline.verify.Variant;
import java.util.Optional;

/**
 * What to try when a candidate failed only because the HEALTHCHECK the optimizer added (on a route it guessed or
 * read in the sources) never turned healthy: the same candidate with its HEALTHCHECK on the route the proof saw the
 * original answer 2xx, or, when the original answered none, without a HEALTHCHECK and the reason printed. A route
 * is never written unless a probe saw it answer. The user's own --health-path, --health-cmd or --no-healthcheck
 * is never overridden, nor a HEALTHCHECK the original had.
 */
final class HealthcheckRetry {

    private HealthcheckRetry() {
    }

    /** The retry of a failed trial, when the added HEALTHCHECK is all that failed. */
    static Optional<Candidate> of(DockerfileService service, CandidateTrial trial, CandidateLadder ladder) {
        Candidate candidate = trial.candidate();
        var options = candidate.options();
        boolean userChose = options.healthPath().isPresent() || options.healthCmd().isPresent() || options.noHealthcheck();
        if (userChose || trial.passed() || trial.result().optimized() == null || !ProofJudge.originalHasNoHealthcheck(candidate)
                || !trial.failures().stream().allMatch(HealthcheckRetry::isHealthcheck)) {
            return Optional.empty();
        }
        Optional<String> answered = trial.result().checks().stream()
                .filter(check -> check.variant() == Variant.ORIGINAL)
                .map(HealthProber::answeredRoute).flatMap(Optional::stream).findFirst();
        if (answered.isPresent()) {
            return Optional.of(ladder.retry(service, candidate, options.withHealthPath(answered.get()),
                    "HEALTHCHECK on " + answered.get() + " (answered 2xx on the original)"));
        }
        String why = trial.result().checks().stream()
                .filter(check -> check.variant() == Variant.ORIGINAL && check.name().equals("health") && check.failed())
                .map(check -> check.summary().startsWith(HealthProber.NO_2XX_FROM)
                        ? "no route answered 2xx on the engine (" + check.summary() + "); name one with --health-path"
                        : "the added one never turned healthy on the engine, and the original failed its probe too ("
                                + check.summary() + ")")
                .findFirst().orElse("the added one never turned healthy on the engine");
        return Optional.of(ladder.retry(service, candidate, options.withoutHealthcheck(why), "no HEALTHCHECK"));
    }

    /** The added HEALTHCHECK did not turn healthy (the HTTP probe itself passed, or is not what failed). */
    private static boolean isHealthcheck(Check check) {
        return check.variant() == Variant.OPTIMIZED && check.name().equals("healthcheck");
    }
}
