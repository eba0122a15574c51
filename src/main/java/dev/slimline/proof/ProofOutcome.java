package dev.slimline.proof;

import java.util.List;
import java.util.Optional;

/**
 * What the proof of one service found.
 *
 * @param tried every candidate offered, in order
 * @param trials the candidates built and run, in order; the last one passed when {@link #proven()} is present
 * @param stopReason why the remaining candidates were not tried (the original does not build), or empty
 */
public record ProofOutcome(List<Candidate> tried, List<CandidateTrial> trials, Optional<String> stopReason) {

    public ProofOutcome {
        tried = List.copyOf(tried);
        trials = List.copyOf(trials);
    }

    /** The candidate to write: the first that passed. */
    public Optional<CandidateTrial> proven() {
        return trials.isEmpty() || !trials.get(trials.size() - 1).passed() ? Optional.empty()
                : Optional.of(trials.get(trials.size() - 1));
    }
}
