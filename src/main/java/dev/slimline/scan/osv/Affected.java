package dev.slimline.scan.osv;

import java.util.List;
import java.util.Map;

/**
 * One entry of an advisory's {@code affected} list: a package, the version ranges and enumerated versions that are
 * affected, and the scalar fields of its {@code ecosystem_specific} and {@code database_specific} objects (where
 * distributions put their urgency or severity).
 */
public record Affected(
        OsvPackage pkg,
        List<Range> ranges,
        List<String> versions,
        Map<String, String> ecosystemSpecific,
        Map<String, String> databaseSpecific) {

    public Affected {
        ranges = List.copyOf(ranges);
        versions = List.copyOf(versions);
        ecosystemSpecific = Map.copyOf(ecosystemSpecific);
        databaseSpecific = Map.copyOf(databaseSpecific);
    }
}
