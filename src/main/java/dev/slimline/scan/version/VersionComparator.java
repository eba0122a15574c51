package dev.slimline.scan.version;

import java.util.Comparator;

/**
 * Orders version strings by one ecosystem's published rules. Both arguments are validated: an invalid one raises
 * {@link InvalidVersionException} rather than being ordered by a guess.
 */
public interface VersionComparator extends Comparator<String> {

    /** Negative, zero or positive as {@code a} sorts before, equal to, or after {@code b}. */
    @Override
    int compare(String a, String b);

    /** Throws {@link InvalidVersionException} when {@code version} is not valid in this ecosystem. */
    void validate(String version);

    /** Plain SemVer 2.0.0 precedence (an optional leading {@code v} is accepted), for OSV's SEMVER ranges. */
    static VersionComparator semver() {
        return SemverVersionComparator.SEMVER;
    }

    default boolean isValid(String version) {
        try {
            validate(version);
            return true;
        } catch (InvalidVersionException e) {
            return false;
        }
    }
}
