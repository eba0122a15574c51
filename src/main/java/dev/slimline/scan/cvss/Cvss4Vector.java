package dev.slimline.scan.cvss;

import dev.slimline.SlimlineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A CVSS v4.0 vector and its score, computed as the v4.0 specification defines it (§8 "CVSS v4.0 Scoring"): the
 * vector falls into a MacroVector (six equivalence-class levels EQ1..EQ6) whose score comes from the specification's
 * lookup table; the score is then lowered by the mean proportional distance to the next lower MacroVector in each EQ,
 * measured from the MacroVector's highest-severity vectors. Threat ({@code E}) and environmental ({@code M*},
 * {@code CR/IR/AR}) metrics are honoured when present, so this is CVSS-B, -BT, -BE or -BTE as the vector says.
 */
public record Cvss4Vector(Map<String, String> metrics) {

    private static final List<String> BASE = List.of("AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA");
    private static final Map<String, Set<String>> ALLOWED = allowedValues();

    /** CvssSeverity level of each metric value for the distance computation (0.0 = most severe). */
    private static final Map<String, Map<String, Double>> LEVELS = Map.ofEntries(
            Map.entry("AV", Map.of("N", 0.0, "A", 0.1, "L", 0.2, "P", 0.3)),
            Map.entry("PR", Map.of("N", 0.0, "L", 0.1, "H", 0.2)),
            Map.entry("UI", Map.of("N", 0.0, "P", 0.1, "A", 0.2)),
            Map.entry("AC", Map.of("L", 0.0, "H", 0.1)),
            Map.entry("AT", Map.of("N", 0.0, "P", 0.1)),
            Map.entry("VC", Map.of("H", 0.0, "L", 0.1, "N", 0.2)),
            Map.entry("VI", Map.of("H", 0.0, "L", 0.1, "N", 0.2)),
            Map.entry("VA", Map.of("H", 0.0, "L", 0.1, "N", 0.2)),
            Map.entry("SC", Map.of("H", 0.1, "L", 0.2, "N", 0.3)),
            Map.entry("SI", Map.of("S", 0.0, "H", 0.1, "L", 0.2, "N", 0.3)),
            Map.entry("SA", Map.of("S", 0.0, "H", 0.1, "L", 0.2, "N", 0.3)),
            Map.entry("CR", Map.of("H", 0.0, "M", 0.1, "L", 0.2)),
            Map.entry("IR", Map.of("H", 0.0, "M", 0.1, "L", 0.2)),
            Map.entry("AR", Map.of("H", 0.0, "M", 0.1, "L", 0.2)));
    private static final List<String> DISTANCE_METRICS =
            List.of("AV", "PR", "UI", "AC", "AT", "VC", "VI", "VA", "SC", "SI", "SA", "CR", "IR", "AR");

    /** The highest-severity vectors of each EQ level (EQ3 and EQ6 together), per the specification. */
    private static final List<List<String>> EQ1_MAX = List.of(
            List.of("AV:N/PR:N/UI:N"),
            List.of("AV:A/PR:N/UI:N", "AV:N/PR:L/UI:N", "AV:N/PR:N/UI:P"),
            List.of("AV:P/PR:N/UI:N", "AV:A/PR:L/UI:P"));
    private static final List<List<String>> EQ2_MAX = List.of(
            List.of("AC:L/AT:N"),
            List.of("AC:H/AT:N", "AC:L/AT:P"));
    private static final Map<String, List<String>> EQ3_EQ6_MAX = Map.of(
            "00", List.of("VC:H/VI:H/VA:H/CR:H/IR:H/AR:H"),
            "01", List.of("VC:H/VI:H/VA:L/CR:M/IR:M/AR:H", "VC:H/VI:H/VA:H/CR:M/IR:M/AR:M"),
            "10", List.of("VC:L/VI:H/VA:H/CR:H/IR:H/AR:H", "VC:H/VI:L/VA:H/CR:H/IR:H/AR:H"),
            "11", List.of("VC:L/VI:H/VA:L/CR:H/IR:M/AR:H", "VC:L/VI:H/VA:H/CR:H/IR:M/AR:M",
                    "VC:H/VI:L/VA:H/CR:M/IR:H/AR:M", "VC:H/VI:L/VA:L/CR:M/IR:H/AR:H",
                    "VC:L/VI:L/VA:H/CR:H/IR:H/AR:M"),
            "21", List.of("VC:L/VI:L/VA:L/CR:H/IR:H/AR:H"));
    private static final List<List<String>> EQ4_MAX = List.of(
            List.of("SC:H/SI:S/SA:S"), List.of("SC:H/SI:H/SA:H"), List.of("SC:L/SI:L/SA:L"));

    /** Depth of each EQ level in severity-distance steps (+1), per the specification. */
    private static final int[] EQ1_DEPTH = {1, 4, 5};
    private static final int[] EQ2_DEPTH = {1, 2};
    private static final Map<String, Integer> EQ3_EQ6_DEPTH = Map.of("00", 7, "01", 6, "10", 8, "11", 8, "21", 10);
    private static final int[] EQ4_DEPTH = {6, 5, 4};

    private static final Map<String, Double> MACRO_VECTOR_SCORES = loadMacroVectorScores();

    public Cvss4Vector {
        metrics = Map.copyOf(metrics);
    }

    /** Parses {@code CVSS:4.0/AV:N/...}: every base metric once, optional metrics with allowed values only. */
    public static Cvss4Vector parse(String vector) {
        if (vector == null || !vector.startsWith("CVSS:4.0/")) {
            throw invalid(vector, "must start with CVSS:4.0/");
        }
        Map<String, String> metrics = VectorMetrics.parse(vector, 9, ALLOWED, BASE, "v4");
        return new Cvss4Vector(metrics);
    }

    public CvssSeverity severity() {
        return CvssSeverity.fromScore(score());
    }

    /** The score, 0.0 to 10.0 with one decimal. */
    public double score() {
        if (List.of("VC", "VI", "VA", "SC", "SI", "SA").stream().allMatch(m -> effective(m).equals("N"))) {
            return 0.0;
        }
        int[] eq = macroVector();
        double value = macroScore(eq[0], eq[1], eq[2], eq[3], eq[4], eq[5]);

        double lowerEq1 = macroScore(eq[0] + 1, eq[1], eq[2], eq[3], eq[4], eq[5]);
        double lowerEq2 = macroScore(eq[0], eq[1] + 1, eq[2], eq[3], eq[4], eq[5]);
        double lowerEq3Eq6 = lowerEq3Eq6(eq);
        double lowerEq4 = macroScore(eq[0], eq[1], eq[2], eq[3] + 1, eq[4], eq[5]);
        double lowerEq5 = macroScore(eq[0], eq[1], eq[2], eq[3], eq[4] + 1, eq[5]);

        Map<String, Double> distance = distanceFromHighestVector(eq);
        double currentEq1 = distance.get("AV") + distance.get("PR") + distance.get("UI");
        double currentEq2 = distance.get("AC") + distance.get("AT");
        double currentEq3Eq6 = distance.get("VC") + distance.get("VI") + distance.get("VA")
                + distance.get("CR") + distance.get("IR") + distance.get("AR");
        double currentEq4 = distance.get("SC") + distance.get("SI") + distance.get("SA");

        String eq3eq6 = "" + eq[2] + eq[5];
        double[] available = {value - lowerEq1, value - lowerEq2, value - lowerEq3Eq6, value - lowerEq4,
                value - lowerEq5};
        double[] proportion = {
                currentEq1 / (EQ1_DEPTH[eq[0]] * 0.1),
                currentEq2 / (EQ2_DEPTH[eq[1]] * 0.1),
                currentEq3Eq6 / (EQ3_EQ6_DEPTH.get(eq3eq6) * 0.1),
                currentEq4 / (EQ4_DEPTH[eq[3]] * 0.1),
                0.0}; // EQ5 has depth one: a vector is always at its MacroVector's top
        double sum = 0;
        int existingLower = 0;
        for (int i = 0; i < available.length; i++) {
            // A missing lower MacroVector (NaN) gives no distance to interpolate over.
            if (!Double.isNaN(available[i])) {
                existingLower++;
                sum += available[i] * proportion[i];
            }
        }
        double score = value - (existingLower == 0 ? 0 : sum / existingLower);
        score = Math.max(0.0, Math.min(10.0, score));
        // Rounded as FIRST's reference calculator does (Math.round(value * 10) / 10 on the same doubles, computed in
        // the same order above), with no epsilon: an epsilon moves 522 of the 104,976 base vectors up by 0.1 at
        // x.x5, which can lift a MEDIUM 6.95 to HIGH 7.0.
        return Math.round(score * 10) / 10.0;
    }

    /** EQ3 and EQ6 move together: the next lower pair depends on both levels. */
    private double lowerEq3Eq6(int[] eq) {
        int eq3 = eq[2];
        int eq6 = eq[5];
        if (eq3 == 0 && eq6 == 0) {
            double left = macroScore(eq[0], eq[1], eq3, eq[3], eq[4], eq6 + 1);
            double right = macroScore(eq[0], eq[1], eq3 + 1, eq[3], eq[4], eq6);
            return left > right ? left : right;
        }
        if (eq3 == 1 && eq6 == 0) {
            return macroScore(eq[0], eq[1], eq3, eq[3], eq[4], eq6 + 1);
        }
        if (eq6 == 1 && eq3 <= 1) {
            return macroScore(eq[0], eq[1], eq3 + 1, eq[3], eq[4], eq6);
        }
        return Double.NaN; // 21 is the lowest pair
    }

    /**
     * Distance of each metric from the first of the MacroVector's highest-severity vectors that is at least as
     * severe in every metric.
     */
    private Map<String, Double> distanceFromHighestVector(int[] eq) {
        Map<String, Double> distance = Map.of();
        for (String eq1 : EQ1_MAX.get(eq[0])) {
            for (String eq2 : EQ2_MAX.get(eq[1])) {
                for (String eq3eq6 : EQ3_EQ6_MAX.get("" + eq[2] + eq[5])) {
                    for (String eq4 : EQ4_MAX.get(eq[3])) {
                        distance = distanceFrom(String.join("/", eq1, eq2, eq3eq6, eq4));
                        if (distance.values().stream().allMatch(d -> d >= 0)) {
                            return distance;
                        }
                    }
                }
            }
        }
        return distance;
    }

    private Map<String, Double> distanceFrom(String highestVector) {
        Map<String, String> highest = new HashMap<>();
        for (String part : highestVector.split("/")) {
            highest.put(part.substring(0, part.indexOf(':')), part.substring(part.indexOf(':') + 1));
        }
        Map<String, Double> distance = new HashMap<>();
        for (String metric : DISTANCE_METRICS) {
            Map<String, Double> levels = LEVELS.get(metric);
            distance.put(metric, levels.get(effective(metric)) - levels.get(highest.get(metric)));
        }
        return distance;
    }

    /** EQ1..EQ6 levels of this vector. */
    private int[] macroVector() {
        String av = effective("AV");
        String pr = effective("PR");
        String ui = effective("UI");
        boolean allNetwork = av.equals("N") && pr.equals("N") && ui.equals("N");
        boolean anyNetwork = av.equals("N") || pr.equals("N") || ui.equals("N");
        int eq1 = allNetwork ? 0 : (anyNetwork && !av.equals("P") ? 1 : 2);
        int eq2 = effective("AC").equals("L") && effective("AT").equals("N") ? 0 : 1;
        String vc = effective("VC");
        String vi = effective("VI");
        String va = effective("VA");
        int eq3 = vc.equals("H") && vi.equals("H") ? 0 : (vc.equals("H") || vi.equals("H") || va.equals("H") ? 1 : 2);
        int eq4;
        if ("S".equals(metrics.get("MSI")) || "S".equals(metrics.get("MSA"))) {
            eq4 = 0;
        } else {
            eq4 = effective("SC").equals("H") || effective("SI").equals("H") || effective("SA").equals("H") ? 1 : 2;
        }
        int eq5 = switch (effective("E")) {
            case "A" -> 0;
            case "P" -> 1;
            default -> 2;
        };
        boolean highRequirementHit = (effective("CR").equals("H") && vc.equals("H"))
                || (effective("IR").equals("H") && vi.equals("H"))
                || (effective("AR").equals("H") && va.equals("H"));
        int eq6 = highRequirementHit ? 0 : 1;
        return new int[] {eq1, eq2, eq3, eq4, eq5, eq6};
    }

    /**
     * The value a metric takes for scoring: a modified (environmental) value overrides the base one; unset
     * Exploit Maturity counts as Attacked and unset security requirements as High (the worst case).
     */
    private String effective(String metric) {
        String value = metrics.getOrDefault(metric, "X");
        if (metric.equals("E")) {
            return value.equals("X") ? "A" : value;
        }
        if (metric.equals("CR") || metric.equals("IR") || metric.equals("AR")) {
            return value.equals("X") ? "H" : value;
        }
        String modified = metrics.get("M" + metric);
        return modified != null && !modified.equals("X") ? modified : value;
    }

    private static double macroScore(int eq1, int eq2, int eq3, int eq4, int eq5, int eq6) {
        Double score = MACRO_VECTOR_SCORES.get("" + eq1 + eq2 + eq3 + eq4 + eq5 + eq6);
        return score == null ? Double.NaN : score;
    }

    private static Map<String, Double> loadMacroVectorScores() {
        Properties table = new Properties();
        try (InputStream in = Cvss4Vector.class.getResourceAsStream("cvss4-macrovectors.properties")) {
            if (in == null) {
                throw new IllegalStateException("cvss4-macrovectors.properties missing from the classpath");
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Double> scores = new HashMap<>();
        table.forEach((key, value) -> scores.put((String) key, Double.parseDouble((String) value)));
        return Map.copyOf(scores);
    }

    private static Map<String, Set<String>> allowedValues() {
        Map<String, Set<String>> allowed = new HashMap<>();
        allowed.put("AV", Set.of("N", "A", "L", "P"));
        allowed.put("AC", Set.of("L", "H"));
        allowed.put("AT", Set.of("N", "P"));
        allowed.put("PR", Set.of("N", "L", "H"));
        allowed.put("UI", Set.of("N", "P", "A"));
        for (String impact : List.of("VC", "VI", "VA", "SC", "SI", "SA")) {
            allowed.put(impact, Set.of("H", "L", "N"));
        }
        allowed.put("E", Set.of("X", "A", "P", "U"));
        for (String requirement : List.of("CR", "IR", "AR")) {
            allowed.put(requirement, Set.of("X", "H", "M", "L"));
        }
        allowed.put("MAV", Set.of("X", "N", "A", "L", "P"));
        allowed.put("MAC", Set.of("X", "L", "H"));
        allowed.put("MAT", Set.of("X", "N", "P"));
        allowed.put("MPR", Set.of("X", "N", "L", "H"));
        allowed.put("MUI", Set.of("X", "N", "P", "A"));
        for (String impact : List.of("MVC", "MVI", "MVA", "MSC")) {
            allowed.put(impact, Set.of("X", "H", "L", "N"));
        }
        allowed.put("MSI", Set.of("X", "S", "H", "L", "N"));
        allowed.put("MSA", Set.of("X", "S", "H", "L", "N"));
        // Supplemental metrics: informative only, never part of the score.
        allowed.put("S", Set.of("X", "N", "P"));
        allowed.put("AU", Set.of("X", "N", "Y"));
        allowed.put("R", Set.of("X", "A", "U", "I"));
        allowed.put("V", Set.of("X", "D", "C"));
        allowed.put("RE", Set.of("X", "L", "M", "H"));
        allowed.put("U", Set.of("X", "Clear", "Green", "Amber", "Red"));
        return Map.copyOf(allowed);
    }

    private static SlimlineException invalid(String vector, String reason) {
        return VectorMetrics.invalid("v4", vector, reason);
    }
}
