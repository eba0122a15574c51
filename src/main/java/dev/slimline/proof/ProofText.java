package dev.slimline.proof;

import dev.slimline.engine.OutputTail;
import dev.slimline.report.SizeText;
import dev.slimline.verify.BuiltImage;
import dev.slimline.verify.Check;
import dev.slimline.verify.CheckStatus;
import dev.slimline.verify.Variant;
import java.util.List;
import java.util.Locale;

/**
 * The proof as {@code slimline optimize} prints it: one status line first (verified, not written, or not verified
 * and why), then each candidate tried with the reason it was dropped (the failed checks with their evidence: build
 * log tail, probe output, container log) or the measured sizes of the one written.
 */
public final class ProofText {

    /** Evidence lines shown per failed check: enough for the build error or the probe's answer. */
    static final int EVIDENCE_LINES = 20;

    private ProofText() {
    }

    /** The first line of a service's output when the proof ran. */
    public static String statusLine(String service, ProofOutcome outcome) {
        if (outcome.proven().isPresent()) {
            CandidateTrial trial = outcome.proven().get();
            return service + ": verified on the engine: candidate " + outcome.trials().size() + " of "
                    + outcome.tried().size() + ", " + trial.candidate().describe() + ", passed; " + sizes(trial);
        }
        return service + ": not written: no candidate passed on the engine (" + outcome.trials().size() + " of "
                + outcome.tried().size() + " tried; the evidence follows)";
    }

    /** The first line when the output is written without proof. */
    public static String notVerifiedLine(String service, String why) {
        return service + ": not verified (" + why + "): written as proposed, never built or run";
    }

    /** Every candidate tried, why each was dropped, and the checks of the one that passed. */
    public static String candidates(ProofOutcome outcome) {
        StringBuilder out = new StringBuilder("Proof (candidates in order: ")
                .append(String.join(", ", outcome.tried().stream().map(Candidate::describe).toList())).append("):\n");
        for (int i = 0; i < outcome.trials().size(); i++) {
            CandidateTrial trial = outcome.trials().get(i);
            String mark = trial.passed() ? CheckStatus.PASS.mark() : CheckStatus.FAIL.mark();
            out.append("  ").append(mark).append(' ').append(i + 1).append(". ").append(trial.candidate().describe())
                    .append(": ").append(trial.passed() ? "passed, " + sizes(trial) : dropped(trial)).append('\n');
            if (trial.passed()) {
                trial.result().checks().stream().filter(c -> !c.failed())
                        .forEach(c -> out.append("       ").append(c.variant().id()).append(' ').append(c.name())
                                .append(": ").append(c.summary()).append('\n'));
            }
            String shown = "";
            for (Check failure : trial.failures()) {
                out.append("       ").append(failure.variant().id()).append(' ').append(failure.name()).append(": ")
                        .append(failure.summary()).append('\n');
                String evidence = OutputTail.lastLines(failure.evidence(), EVIDENCE_LINES);
                if (evidence.isBlank()) {
                    continue;
                }
                if (evidence.equals(shown)) {
                    out.append("         | (the same evidence as above)\n");
                } else {
                    evidence.lines().forEach(line -> out.append("         | ").append(line).append('\n'));
                }
                shown = evidence;
            }
            for (CandidateTrial.Waiver waiver : trial.waived()) {
                out.append("       waived ").append(waiver.check().name()).append(": ").append(waiver.check().summary())
                        .append(" (").append(waiver.reason()).append(")\n");
            }
            originalFailures(trial).forEach(c -> out.append("       note: the original also failed ").append(c.name())
                    .append(": ").append(c.summary()).append('\n'));
        }
        outcome.stopReason().ifPresent(reason -> out.append("  not tried further: ").append(reason).append('\n'));
        for (int i = outcome.trials().size(); i < outcome.tried().size() && outcome.proven().isPresent(); i++) {
            out.append("  - ").append(i + 1).append(". ").append(outcome.tried().get(i).describe())
                    .append(": not needed\n");
        }
        return out.toString();
    }

    private static String dropped(CandidateTrial trial) {
        return "dropped: " + String.join("; ", trial.failures().stream()
                .map(c -> (c.variant() == Variant.ORIGINAL ? "original " : "") + c.summary()).toList());
    }

    private static List<Check> originalFailures(CandidateTrial trial) {
        return trial.result().checks().stream()
                .filter(c -> c.failed() && !trial.failures().contains(c) && trial.waived().stream()
                        .noneMatch(w -> w.check().equals(c))).toList();
    }

    /** {@code 1.4 GB → 240 MB measured (83% smaller)}. */
    static String sizes(CandidateTrial trial) {
        BuiltImage before = trial.result().original();
        BuiltImage after = trial.result().optimized();
        long saved = before.sizeBytes() - after.sizeBytes();
        return SizeText.of(before.sizeBytes()) + " → " + SizeText.of(after.sizeBytes()) + " measured ("
                + (saved >= 0 ? Math.round(100.0 * saved / before.sizeBytes()) + "% smaller"
                : String.format(Locale.ROOT, "%d%% larger", Math.round(-100.0 * saved / before.sizeBytes()))) + ")";
    }
}
