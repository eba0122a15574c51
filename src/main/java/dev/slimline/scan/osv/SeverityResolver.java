package dev.slimline.scan.osv;

import dev.slimline.SlimlineException;
import dev.slimline.scan.cvss.Cvss3Vector;
import dev.slimline.scan.cvss.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks an advisory's severity: a CVSS v3 vector's computed base score first (the only number slimline can check),
 * then the advisory's own rating words: {@code database_specific.severity} (GHSA, also the rating GHSA gives
 * CVSS v4 vectors), the affected entry's {@code severity}/{@code urgency} (Debian urgency), and Ubuntu's priority.
 * CVSS v4 vectors are not scored here (that needs the v4 macro-vector table); their advisories fall through to
 * the rating words or UNKNOWN.
 */
public final class SeverityResolver {

    private static final List<String> RATING_FIELDS = List.of("severity", "urgency");

    private SeverityResolver() {
    }

    public static SeverityRating resolve(Advisory advisory, Affected affected) {
        for (SeverityScore score : advisory.severity()) {
            if (score.type().equals("CVSS_V3")) {
                Optional<SeverityRating> computed = cvss3(score.score());
                if (computed.isPresent()) {
                    return computed.get();
                }
            }
        }
        return label(advisory.databaseSpecific(), "database_specific")
                .or(() -> affected == null ? Optional.empty() : label(affected.databaseSpecific(), "affected database_specific"))
                .or(() -> affected == null ? Optional.empty() : label(affected.ecosystemSpecific(), "ecosystem_specific"))
                .or(() -> advisory.severity().stream()
                        .filter(s -> s.type().equals("Ubuntu"))
                        .flatMap(s -> Severity.fromLabel(s.score()).stream()
                                .map(level -> new SeverityRating(level, Optional.empty(), "Ubuntu priority")))
                        .findFirst())
                .orElseGet(SeverityRating::unknown);
    }

    private static Optional<SeverityRating> cvss3(String vector) {
        try {
            Cvss3Vector parsed = Cvss3Vector.parse(vector);
            double score = parsed.baseScore();
            return Optional.of(new SeverityRating(Severity.fromScore(score), Optional.of(score), vector));
        } catch (SlimlineException e) {
            // A malformed vector is not a rating; the advisory's own words may still be.
            return Optional.empty();
        }
    }

    private static Optional<SeverityRating> label(Map<String, String> fields, String where) {
        for (String field : RATING_FIELDS) {
            Optional<Severity> level = Severity.fromLabel(fields.get(field));
            if (level.isPresent()) {
                return Optional.of(new SeverityRating(level.get(), Optional.empty(), where + "." + field));
            }
        }
        return Optional.empty();
    }
}
