package dev.slimline.proof;

import dev.slimline.engine.ImageConfig;
import dev.slimline.optimize.OptimizeOptions;
import dev.slimline.verify.Check;
import dev.slimline.verify.CheckCategory;
import dev.slimline.verify.CheckStatus;
import dev.slimline.verify.ServiceResult;
import dev.slimline.verify.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a candidate passed: every check of the optimized image counts (build, health, user, compilers,
 * caches, HEALTHCHECK, runtime contract), and the original must have built, or there is nothing to compare
 * against. A failure counts not when the user or the candidate's own kind explains it: no HEALTHCHECK after
 * {@code --no-healthcheck}, root kept where the original ran as root and the optimizer said why, compilers and
 * caches the original installs and the safe recipes cannot remove. A candidate measured bigger than the original fails. The original's own failed probes are shown,
 * never counted.
 */
public final class ProofJudge {

    private ProofJudge() {
    }

    public static CandidateTrial judge(Candidate candidate, ServiceResult result, OptimizeOptions options) {
        List<Check> failures = new ArrayList<>();
        List<CandidateTrial.Waiver> waived = new ArrayList<>();
        for (Check check : result.checks()) {
            if (!check.failed() || (check.variant() == Variant.ORIGINAL && !check.name().equals("build"))) {
                continue;
            }
            Optional<String> waiver = check.variant() == Variant.OPTIMIZED ? waiver(candidate, check, options)
                    : Optional.empty();
            if (waiver.isPresent()) {
                waived.add(new CandidateTrial.Waiver(check, waiver.get()));
            } else {
                failures.add(check);
            }
        }
        bigger(result).ifPresent(failures::add);
        return new CandidateTrial(candidate, result, failures, waived);
    }

    /** A rewrite measured bigger than the original is never written, whatever else it passed. */
    private static Optional<Check> bigger(ServiceResult result) {
        if (result.original() == null || result.optimized() == null
                || result.optimized().sizeBytes() <= result.original().sizeBytes()) {
            return Optional.empty();
        }
        return Optional.of(new Check(result.service(), Variant.OPTIMIZED, CheckCategory.BUILD, "size", CheckStatus.FAIL,
                "bigger than the original: " + result.optimized().sizeBytes() + " > " + result.original().sizeBytes()
                        + " bytes", ""));
    }

    private static Optional<String> waiver(Candidate candidate, Check check, OptimizeOptions options) {
        boolean recipesOnly = candidate.result().template().isEmpty();
        return switch (check.name()) {
            case "healthcheck-present" -> options.noHealthcheck() ? Optional.of("--no-healthcheck") : Optional.empty();
            case "user" -> keepsRootOnPurpose(candidate) ? Optional.of("the original runs as root and the optimizer"
                    + " kept its user") : Optional.empty();
            case "build-tools", "caches" -> recipesOnly ? Optional.of("the original installs them; safe recipes do not"
                    + " remove packages") : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean keepsRootOnPurpose(Candidate candidate) {
        return ImageConfig.isRoot(candidate.result().userBefore()) && ImageConfig.isRoot(candidate.result().userAfter());
    }
}
