package dev.slimline.proof;

import dev.slimline.engine.DockerEngine;
import dev.slimline.optimize.OptimizeOptions;
import dev.slimline.project.DockerfileService;
import dev.slimline.verify.OptimizerOutput;
import dev.slimline.verify.Progress;
import dev.slimline.verify.RunCleanup;
import dev.slimline.verify.RunLabel;
import dev.slimline.verify.ServiceResult;
import dev.slimline.verify.ServiceRuntime;
import dev.slimline.verify.ServiceUnderTest;
import dev.slimline.verify.Sidecar;
import dev.slimline.verify.Verifier;
import dev.slimline.verify.VerifyPlanner;
import dev.slimline.verify.VerifySettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proves the candidates of one service in order with {@link Verifier}: build the original and the candidate,
 * start both (with the sidecars the compose file names), probe them, check user, compilers, caches, HEALTHCHECK
 * and the runtime contract, then remove everything that run made before the next candidate. Stops at the first
 * candidate that passes, or when the original itself does not build. Nothing of the user's is written here.
 */
public final class CandidateProver {

    private final DockerEngine engine;
    private final VerifySettings settings;
    private final Progress progress;
    private final Path workDir;

    /** @param workDir where candidates are written for the build (a temporary directory the caller removes) */
    public CandidateProver(DockerEngine engine, VerifySettings settings, Progress progress, Path workDir) {
        this.engine = engine;
        this.settings = settings;
        this.progress = progress;
        this.workDir = workDir;
    }

    public ProofOutcome prove(DockerfileService service, ServiceRuntime runtime, List<Sidecar> sidecars,
            CandidateLadder ladder, OptimizeOptions options) {
        List<Candidate> candidates = new ArrayList<>(ladder.candidates(service, options));
        List<CandidateTrial> trials = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            Path dir = workDir.resolve(RunLabel.safeName(service.name())).resolve("candidate-" + (i + 1));
            ServiceUnderTest underTest = VerifyPlanner.materialize(service, runtime, options.healthPath().orElse(null),
                    OptimizerOutput.of(candidate.result()), dir);
            progress.step("proving " + service.name() + " candidate " + (i + 1) + "/" + candidates.size() + ": "
                    + candidate.describe());
            CandidateTrial trial = ProofJudge.judge(candidate, run(service, underTest, sidecars, dir), options);
            trials.add(trial);
            if (trial.passed()) {
                break;
            }
            // a HEALTHCHECK on a route nobody saw answer is not written: the next try uses what the probe saw
            int next = i + 1;
            HealthcheckRetry.of(service, trial, ladder).ifPresent(retry -> candidates.add(next, retry));
            if (trial.result().original() == null && i + 1 < candidates.size()) {
                return new ProofOutcome(candidates, trials, Optional.of("the original does not build here, so no"
                        + " candidate can be compared with it"));
            }
        }
        return new ProofOutcome(candidates, trials, Optional.empty());
    }

    /** One verify run of one candidate; its images, containers, networks and volumes are removed when it ends. */
    private ServiceResult run(DockerfileService service, ServiceUnderTest underTest, List<Sidecar> sidecars, Path dir) {
        RunLabel label = RunLabel.fresh();
        try (RunCleanup cleanup = new RunCleanup(engine, label, false)) {
            return new Verifier(engine, settings, progress, label, cleanup, dir)
                    .verify(service.name(), List.of(underTest), sidecars).services().get(0);
        }
    }
}
