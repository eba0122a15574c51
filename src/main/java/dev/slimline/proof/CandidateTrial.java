package dev.slimline.proof;

import dev.slimline.io.Sha256;
import dev.slimline.audit.MeasuredOptimization;
import dev.slimline.verify.Check;
import dev.slimline.verify.ServiceResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One candidate built and run against the original.
 *
 * @param candidate what was tried
 * @param result everything verify saw for it (both images, every check)
 * @param failures the failed checks that drop the candidate
 * @param waived failed checks that do not count for this candidate, each with the reason in {@link Waiver}
 */
public record CandidateTrial(Candidate candidate, ServiceResult result, List<Check> failures, List<Waiver> waived) {

    public CandidateTrial {
        failures = List.copyOf(failures);
        waived = List.copyOf(waived);
    }

    /** A failed check that does not count, and why. */
    public record Waiver(Check check, String reason) {
    }

    public boolean passed() {
        return result.original() != null && result.optimized() != null && failures.isEmpty();
    }

    /** The record kept beside the written Dockerfile (measured sizes and the checks behind them). */
    public MeasuredOptimization measured(String dockerfileName, Instant when) {
        List<String> lines = new java.util.ArrayList<>();
        result.checks().stream().filter(check -> !check.failed()).map(check -> check.variant().id() + " "
                + check.name() + ": " + check.summary()).forEach(lines::add);
        waived.forEach(w -> lines.add("waived " + w.check().name() + ": " + w.check().summary() + " (" + w.reason() + ")"));
        return new MeasuredOptimization(dockerfileName, candidate.describe(), candidate.base(),
                Sha256.of(candidate.result().original()),
                Sha256.of(candidate.result().optimized()), result.original().sizeBytes(),
                result.optimized().sizeBytes(), when.truncatedTo(ChronoUnit.SECONDS).toString(), lines);
    }
}
