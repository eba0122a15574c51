package dev.slimline.scan.osv;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One OSV record (schema 1.6): what is affected, by which ranges, and how severe. Only the fields slimline uses are
 * kept; {@code databaseSpecific} keeps the scalar fields of {@code database_specific} (GHSA's {@code severity}).
 */
public record Advisory(
        String id,
        List<String> aliases,
        String summary,
        Optional<Instant> modified,
        Optional<Instant> published,
        Optional<Instant> withdrawn,
        List<Affected> affected,
        List<SeverityScore> severity,
        Map<String, String> databaseSpecific) {

    public Advisory {
        aliases = List.copyOf(aliases);
        affected = List.copyOf(affected);
        severity = List.copyOf(severity);
        databaseSpecific = Map.copyOf(databaseSpecific);
    }

    public boolean isWithdrawn() {
        return withdrawn.isPresent();
    }

    /** The id and its aliases: what an ignore entry may name. */
    public List<String> idAndAliases() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(id), aliases.stream()).toList();
    }
}
