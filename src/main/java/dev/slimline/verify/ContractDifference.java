package dev.slimline.verify;

/**
 * One way the optimized image's runtime contract differs from the original's.
 *
 * @param field {@code user}, {@code entrypoint/cmd}, {@code exposed ports}, {@code env NAME}, {@code workdir},
 *     {@code healthcheck}
 * @param before the original's value, empty when unset
 * @param after the optimized value, empty when unset
 * @param kind whether the difference is intended, harmless or breaking
 */
public record ContractDifference(String field, String before, String after, Kind kind) {

    /** How much a difference matters. */
    public enum Kind {
        /** Made on purpose by the optimization: non-root user, a HEALTHCHECK added. */
        INTENDED,
        /** A change that the probes show to be harmless but a reviewer should see (another CMD form, a new ENV). */
        CHANGED,
        /** Something callers rely on is gone: an exposed port, an ENV variable. Fails the contract check. */
        BREAKING
    }
}
