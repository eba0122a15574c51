package dev.slimline.scan.osv;

import dev.slimline.SlimlineException;
import dev.slimline.scan.cvss.Cvss2Vector;
import dev.slimline.scan.cvss.Cvss3Vector;
import dev.slimline.scan.cvss.Cvss4Vector;
import dev.slimline.scan.cvss.CvssSeverity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks an advisory's severity: a score computed from its CVSS vector first (v4.0 before v3.x before v2, the newer
 * assessment), then the advisory's own rating words: {@code database_specific.severity} (GHSA), the affected
 * entry's {@code severity}/{@code urgency} (Debian urgency), and Ubuntu's priority; else UNKNOWN.
 */
public final class SeverityResolver {

    private static final List<String> RATING_FIELDS = List.of("severity", "urgency");

    private SeverityResolver() {
    }

    public static SeverityRating resolve(Advisory advisory, Affected affected) {
        List<SeverityScore> scores = new java.util.ArrayList<>(advisory.severity());
        if (affected != null) {
            scores.addAll(affected.severity());
        }
        for (String type : List.of("CVSS_V4", "CVSS_V3", "CVSS_V2")) {
            for (SeverityScore score : scores) {
                if (score.type().equals(type)) {
                    Optional<SeverityRating> computed = computed(score.score());
                    if (computed.isPresent()) {
                        return computed.get();
                    }
                }
            }
        }
        return label(advisory.databaseSpecific(), "database_specific")
                .or(() -> affected == null ? Optional.empty() : label(affected.databaseSpecific(), "affected database_specific"))
                .or(() -> affected == null ? Optional.empty() : label(affected.ecosystemSpecific(), "ecosystem_specific"))
                .or(() -> scores.stream()
                        .filter(s -> s.type().equals("Ubuntu"))
                        .flatMap(s -> CvssSeverity.fromLabel(s.score()).stream()
                                .map(level -> new SeverityRating(level, Optional.empty(), "Ubuntu priority")))
                        .findFirst())
                .orElseGet(SeverityRating::unknown);
    }

    private static Optional<SeverityRating> computed(String vector) {
        try {
            double score = vector.startsWith("CVSS:4.0/") ? Cvss4Vector.parse(vector).score()
                    : vector.startsWith("CVSS:3.") ? Cvss3Vector.parse(vector).baseScore()
                    : Cvss2Vector.parse(vector).baseScore();
            return Optional.of(new SeverityRating(CvssSeverity.fromScore(score), Optional.of(score), vector));
        } catch (SlimlineException e) {
            // A malformed vector is not a rating; the advisory's own words may still be.
            return Optional.empty();
        }
    }

    private static Optional<SeverityRating> label(Map<String, String> fields, String where) {
        for (String field : RATING_FIELDS) {
            Optional<CvssSeverity> level = CvssSeverity.fromLabel(fields.get(field));
            if (level.isPresent()) {
                return Optional.of(new SeverityRating(level.get(), Optional.empty(), where + "." + field));
            }
        }
        return Optional.empty();
    }
}
