package dev.slimline.scan.osv;

import dev.slimline.scan.cvss.CvssSeverity;
import java.util.Optional;

/** How severe an advisory is for one affected package, with the score if one was computed and where it came from. */
public record SeverityRating(CvssSeverity severity, Optional<Double> score, String source) {

    public static SeverityRating unknown() {
        return new SeverityRating(CvssSeverity.UNKNOWN, Optional.empty(), "no rating in advisory");
    }
}
