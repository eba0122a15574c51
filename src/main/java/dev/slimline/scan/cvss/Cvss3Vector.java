package dev.slimline.scan.cvss;

import dev.slimline.SlimlineException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CVSS v3.0 or v3.1 vector and its base score, computed with the specification's formulas (CVSS v3.1
 * Specification §7.1 and Appendix A for Roundup; v3.0 §8.1 with its plain round-up). Temporal and environmental
 * metrics are accepted (they are valid in a vector) but the base score does not use them.
 */
public record Cvss3Vector(String version, Map<String, String> metrics) {

    private static final List<String> BASE_METRICS = List.of("AV", "AC", "PR", "UI", "S", "C", "I", "A");
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("AV", Set.of("N", "A", "L", "P")), Map.entry("AC", Set.of("L", "H")),
            Map.entry("PR", Set.of("N", "L", "H")), Map.entry("UI", Set.of("N", "R")),
            Map.entry("S", Set.of("U", "C")), Map.entry("C", Set.of("H", "L", "N")),
            Map.entry("I", Set.of("H", "L", "N")), Map.entry("A", Set.of("H", "L", "N")),
            Map.entry("E", Set.of("X", "U", "P", "F", "H")), Map.entry("RL", Set.of("X", "O", "T", "W", "U")),
            Map.entry("RC", Set.of("X", "U", "R", "C")), Map.entry("CR", Set.of("X", "L", "M", "H")),
            Map.entry("IR", Set.of("X", "L", "M", "H")), Map.entry("AR", Set.of("X", "L", "M", "H")),
            Map.entry("MAV", Set.of("X", "N", "A", "L", "P")), Map.entry("MAC", Set.of("X", "L", "H")),
            Map.entry("MPR", Set.of("X", "N", "L", "H")), Map.entry("MUI", Set.of("X", "N", "R")),
            Map.entry("MS", Set.of("X", "U", "C")), Map.entry("MC", Set.of("X", "H", "L", "N")),
            Map.entry("MI", Set.of("X", "H", "L", "N")), Map.entry("MA", Set.of("X", "H", "L", "N")));

    public Cvss3Vector {
        metrics = Map.copyOf(metrics);
    }

    /** Parses {@code CVSS:3.1/AV:N/AC:L/...}; every base metric exactly once, nothing unknown. */
    public static Cvss3Vector parse(String vector) {
        if (vector == null || !(vector.startsWith("CVSS:3.0/") || vector.startsWith("CVSS:3.1/"))) {
            throw invalid(vector, "must start with CVSS:3.0/ or CVSS:3.1/");
        }
        String version = vector.substring(5, 8);
        Map<String, String> metrics = VectorMetrics.parse(vector, 9, ALLOWED, BASE_METRICS, "v3");
        return new Cvss3Vector(version, metrics);
    }

    /** The base score, 0.0 to 10.0 with one decimal. */
    public double baseScore() {
        boolean scopeChanged = metrics.get("S").equals("C");
        double iss = 1 - (1 - cia(metrics.get("C"))) * (1 - cia(metrics.get("I"))) * (1 - cia(metrics.get("A")));
        double impact = scopeChanged ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
        double exploitability = 8.22 * attackVector() * attackComplexity() * privilegesRequired(scopeChanged)
                * userInteraction();
        if (impact <= 0) {
            return 0.0;
        }
        double sum = scopeChanged ? 1.08 * (impact + exploitability) : impact + exploitability;
        return roundUp(Math.min(sum, 10));
    }

    public CvssSeverity severity() {
        return CvssSeverity.fromScore(baseScore());
    }

    private double roundUp(double value) {
        return version.equals("3.0") ? roundUp30(value) : roundUp31(value);
    }

    /**
     * v3.1 Appendix A: the smallest number with one decimal that is equal to or higher than its input, computed on
     * integers so that floating-point noise (4.000000000000001) does not push a score up by 0.1.
     */
    static double roundUp31(double value) {
        long integer = Math.round(value * 100_000);
        if (integer % 10_000 == 0) {
            return integer / 100_000.0;
        }
        return (Math.floorDiv(integer, 10_000) + 1) / 10.0;
    }

    /** v3.0's definition: ceiling to one decimal. */
    static double roundUp30(double value) {
        return Math.ceil(value * 10) / 10.0;
    }

    private double attackVector() {
        return switch (metrics.get("AV")) {
            case "N" -> 0.85;
            case "A" -> 0.62;
            case "L" -> 0.55;
            default -> 0.2;
        };
    }

    private double attackComplexity() {
        return metrics.get("AC").equals("L") ? 0.77 : 0.44;
    }

    private double privilegesRequired(boolean scopeChanged) {
        return switch (metrics.get("PR")) {
            case "N" -> 0.85;
            case "L" -> scopeChanged ? 0.68 : 0.62;
            default -> scopeChanged ? 0.5 : 0.27;
        };
    }

    private double userInteraction() {
        return metrics.get("UI").equals("N") ? 0.85 : 0.62;
    }

    private static double cia(String value) {
        return switch (value) {
            case "H" -> 0.56;
            case "L" -> 0.22;
            default -> 0.0;
        };
    }

    private static SlimlineException invalid(String vector, String reason) {
        return VectorMetrics.invalid("v3", vector, reason);
    }
}
