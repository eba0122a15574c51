package dev.slimline.proof;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.engine.RuntimeConfig;
import dev.slimline.knowledge.BuildOnlyPackages;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.optimize.OptimizeOptions;
import dev.slimline.verify.Check;
import dev.slimline.verify.HealthProber;
import dev.slimline.verify.CheckCategory;
import dev.slimline.verify.CheckStatus;
import dev.slimline.verify.ServiceResult;
import dev.slimline.verify.Variant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a candidate passed: every check of the optimized image counts (build, health, user, compilers,
 * caches, HEALTHCHECK, runtime contract), and the original must have built, or there is nothing to compare
 * against. A failure counts not when the user or the candidate's own kind explains it: no HEALTHCHECK after
 * {@code --no-healthcheck} or where the original had none either, root kept where the original ran as root and the
 * optimizer said why, compilers and caches the original installs and the safe recipes cannot remove, compilers the
 * candidate's base image itself carries (the php images' PHPIZE_DEPS). A candidate measured bigger than the original
 * fails. The original's own failed probes are shown,
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
                    .or(() -> answersAsTheOriginal(check, result)) : Optional.empty();
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
            case "healthcheck-present" -> options.noHealthcheck() ? Optional.of("--no-healthcheck")
                    : originalHasNoHealthcheck(candidate) ? Optional.of("the original has no HEALTHCHECK either")
                    : Optional.empty();
            case "user" -> keepsRootOnPurpose(candidate) ? Optional.of("the original runs as root and the optimizer"
                    + " kept its user") : Optional.empty();
            case "build-tools" -> recipesOnly ? Optional.of("the original installs them; safe recipes do not remove"
                    + " packages") : baseCarriesCompilers(candidate);
            case "caches" -> recipesOnly ? Optional.of("the original installs them; safe recipes do not"
                    + " remove packages") : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * A probe that failed on a running candidate the way it failed on the original, also running: an HTTP probe that
     * found no 2xx on the same routes (the app serves only its own paths), or a command probe that got no answer
     * within the same time (a worker whose broker is not there). The candidate behaves as the original does; a
     * candidate that exited, or answers differently, still fails.
     */
    private static Optional<String> answersAsTheOriginal(Check check, ServiceResult result) {
        boolean noRoute = check.summary().startsWith(HealthProber.NO_2XX_FROM);
        if (!check.name().equals("health") || !(noRoute || check.summary().contains(HealthProber.DID_NOT_ANSWER))) {
            return Optional.empty();
        }
        return result.checks().stream()
                .filter(other -> other.variant() == Variant.ORIGINAL && other.name().equals("health") && other.failed())
                .filter(other -> noRoute ? probedRoutes(other.summary()).equals(probedRoutes(check.summary()))
                        : other.summary().equals(check.summary()))
                .findFirst()
                .map(other -> "the original answers the same probes the same way (" + check.summary()
                        + (noRoute ? "): no health route to compare" : "): nothing it answers to compare"));
    }

    /**
     * The routes a "no 2xx from A, B ..." probe tried, in any order (each variant orders its guesses), whether it
     * waited out its time or ended on settled answers.
     */
    private static Set<String> probedRoutes(String summary) {
        return Set.copyOf(HealthProber.probedRoutes(summary));
    }

    static boolean originalHasNoHealthcheck(Candidate candidate) {
        Dockerfile original = DockerfileParser.parse(candidate.result().original(), Path.of("Dockerfile"));
        return original.finalStage().instructionsOf(Instruction.Healthcheck.class).isEmpty();
    }

    /**
     * The candidate's base image itself ships compilers (the php images carry PHPIZE_DEPS: gcc, make), so no
     * rewrite on that base can remove them; the catalog's package set for the image says so.
     */
    private static Optional<String> baseCarriesCompilers(Candidate candidate) {
        KnowledgeCatalog catalog = KnowledgeCatalog.bundled();
        return catalog.lookup(candidate.base()).flatMap(m -> m.image().preinstalledSet())
                .filter(set -> catalog.packageSet(set).stream().anyMatch(BuildOnlyPackages.bundled()::isCompilerOrHeaders))
                .map(set -> "the base image " + candidate.base() + " itself carries them (" + set + "); no rewrite on"
                        + " it can remove them");
    }

    private static boolean keepsRootOnPurpose(Candidate candidate) {
        return RuntimeConfig.isRoot(candidate.result().userBefore()) && RuntimeConfig.isRoot(candidate.result().userAfter());
    }
}
