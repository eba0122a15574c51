package dev.slimline.scan.osv;

import java.util.Optional;

/** What one advisory says about one installed package. */
public sealed interface MatchResult {

    /** The package is affected; {@code fixedVersion} is the first fixed version above it in the matching range. */
    record Vulnerable(Advisory advisory, Affected affected, Optional<String> fixedVersion) implements MatchResult {
    }

    record NotVulnerable() implements MatchResult {
    }

    /**
     * The advisory names the package but its versions could not be evaluated (a version its ecosystem's rules
     * reject). Reported rather than guessed.
     */
    record Undetermined(Advisory advisory, String reason) implements MatchResult {
    }
}
