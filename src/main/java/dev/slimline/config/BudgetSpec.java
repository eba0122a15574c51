package dev.slimline.config;

import dev.slimline.SourceLocation;
import dev.slimline.Severity;
import dev.slimline.scan.ignore.IgnoreEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The budgets a {@code .slimline.yaml} sets for one service (or as {@code defaults} for all). Every limit is
 * optional; each keeps where it was written so a failed check can point at the line that set it.
 *
 * @param maxSize         largest allowed image size in bytes ({@code docker image ls} SIZE)
 * @param maxGrowth       largest allowed growth against the recorded baseline
 * @param minEfficiency   smallest allowed efficiency, 0..1 (dive's {@code lowestEfficiency})
 * @param maxWastedBytes  largest allowed wasted bytes (dive's {@code highestWastedBytes})
 * @param vulnerabilities the vulnerability threshold
 */
public record BudgetSpec(Optional<Setting<Long>> maxSize, Optional<Setting<Growth>> maxGrowth,
        Optional<Setting<Double>> minEfficiency, Optional<Setting<Long>> maxWastedBytes,
        VulnerabilityPolicy vulnerabilities) {

    /** A value and where the config file set it. */
    public record Setting<T>(T value, SourceLocation location) {
    }

    /** Growth against the baseline: a percentage of the baseline size, or a number of bytes. */
    public record Growth(boolean percent, double amount) {

        /** The largest size allowed for an image whose baseline was {@code baselineBytes}. */
        public long limitFor(long baselineBytes) {
            return percent ? Math.round(baselineBytes * (1 + amount / 100.0)) : baselineBytes + Math.round(amount);
        }
    }

    /**
     * @param failOn      findings at or above this severity fail the check
     * @param fixableOnly count only findings with a fixed version published
     * @param ignore      accepted vulnerabilities (id, reason, expiry), added to the defaults' list
     */
    public record VulnerabilityPolicy(Optional<Setting<Severity>> failOn, Optional<Boolean> fixableOnly,
            List<IgnoreEntry> ignore) {

        public VulnerabilityPolicy {
            ignore = List.copyOf(ignore);
        }

        public static VulnerabilityPolicy none() {
            return new VulnerabilityPolicy(Optional.empty(), Optional.empty(), List.of());
        }

        VulnerabilityPolicy over(VulnerabilityPolicy defaults) {
            List<IgnoreEntry> all = new ArrayList<>(defaults.ignore);
            all.addAll(ignore);
            return new VulnerabilityPolicy(failOn.or(defaults::failOn), fixableOnly.or(defaults::fixableOnly), all);
        }
    }

    public static BudgetSpec none() {
        return new BudgetSpec(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                VulnerabilityPolicy.none());
    }

    /** This service's settings with the defaults filling what it leaves unset; ignore lists add up. */
    public BudgetSpec over(BudgetSpec defaults) {
        return new BudgetSpec(maxSize.or(defaults::maxSize), maxGrowth.or(defaults::maxGrowth),
                minEfficiency.or(defaults::minEfficiency), maxWastedBytes.or(defaults::maxWastedBytes),
                vulnerabilities.over(defaults.vulnerabilities));
    }
}
