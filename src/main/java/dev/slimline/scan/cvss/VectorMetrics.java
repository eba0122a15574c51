package dev.slimline.scan.cvss;

import dev.slimline.SlimlineException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Splits the {@code METRIC:VALUE/...} part of a CVSS vector and checks it against a version's metric table. */
final class VectorMetrics {

    private VectorMetrics() {
    }

    /**
     * The metrics after the {@code CVSS:x.y/} prefix, in order; every metric known, every value allowed, none
     * twice, all {@code required} present. {@code label} names the CVSS version in errors ("v3", "v4").
     */
    static Map<String, String> parse(String vector, int prefixLength, Map<String, Set<String>> allowedValues,
                                     List<String> required, String label) {
        Map<String, String> metrics = new LinkedHashMap<>();
        for (String part : vector.substring(prefixLength).split("/", -1)) {
            int colon = part.indexOf(':');
            if (colon <= 0 || colon == part.length() - 1) {
                throw invalid(label, vector, "'" + part + "' is not METRIC:VALUE");
            }
            String name = part.substring(0, colon);
            String value = part.substring(colon + 1);
            Set<String> allowed = allowedValues.get(name);
            if (allowed == null) {
                throw invalid(label, vector, "unknown metric " + name);
            }
            if (!allowed.contains(value)) {
                throw invalid(label, vector, "metric " + name + " cannot be " + value);
            }
            if (metrics.put(name, value) != null) {
                throw invalid(label, vector, "metric " + name + " appears twice");
            }
        }
        for (String metric : required) {
            if (!metrics.containsKey(metric)) {
                throw invalid(label, vector, "base metric " + metric + " is missing");
            }
        }
        return metrics;
    }

    static SlimlineException invalid(String label, String vector, String reason) {
        return SlimlineException.badInput("invalid CVSS " + label + " vector '" + vector + "': " + reason);
    }
}
