package dev.slimline.scan.osv;

import java.util.List;
import java.util.Map;

/**
 * One entry of an advisory's {@code affected} list: a package, the version ranges and enumerated versions that are
 * affected, its own {@code severity} scores (schema 1.5+, used instead of the advisory's), and the scalar fields of
 * its {@code ecosystem_specific} and {@code database_specific} objects (where distributions put their urgency).
 */
public record Affected(
        OsvPackage pkg,
        List<Range> ranges,
        List<String> versions,
        List<SeverityScore> severity,
        Map<String, String> ecosystemSpecific,
        Map<String, String> databaseSpecific) {

    public Affected {
        ranges = List.copyOf(ranges);
        versions = List.copyOf(versions);
        severity = List.copyOf(severity);
        ecosystemSpecific = Map.copyOf(ecosystemSpecific);
        databaseSpecific = Map.copyOf(databaseSpecific);
    }
}
