package dev.slimline.report;

import java.util.List;
import java.util.Locale;

/**
 * Everything {@code slimline audit} found, as plain data for the renderers.
 *
 * @param root        the audited directory or file, as given
 * @param services    one entry per Dockerfile that parsed, sorted by service name
 * @param parseErrors Dockerfiles that did not parse; the audit went on without them
 * @param savings     estimated total before and after the optimizer's rewrite
 * @param rules       metadata of every rule that can appear in {@code findings} (SARIF needs it)
 */
public record AuditReport(String root, List<ServiceReport> services, List<ParseError> parseErrors, Savings savings,
                          List<RuleDescription> rules) {

    public AuditReport {
        services = List.copyOf(services);
        parseErrors = List.copyOf(parseErrors);
        rules = List.copyOf(rules);
    }

    /** Services whose build context has no applicable {@code .dockerignore}. */
    public List<String> missingDockerignore() {
        return services.stream().filter(s -> !s.hasDockerignore()).map(ServiceReport::name).distinct().toList();
    }

    /** A Dockerfile that could not be parsed, at {@code file:line:col}. */
    public record ParseError(String file, int line, int column, String message) {
        public String oneLine() {
            return file + ":" + line + ":" + column + ": " + message;
        }
    }

    /**
     * Total size of all services before and after optimization. {@code before} is measured when audit measured
     * every service's image; {@code after} when {@code slimline optimize} measured every service's proven rewrite.
     */
    public record Savings(long beforeBytes, long afterBytes, Basis before, Basis after) {

        /** What the "before" total rests on. */
        public enum Basis {
            ESTIMATED, MEASURED, PARTLY_MEASURED;

            /** {@code estimated}, {@code measured}, {@code partly measured}. */
            public String label() {
                return name().toLowerCase(Locale.ROOT).replace('_', ' ');
            }
        }

        /** Both totals estimated. */
        public Savings(long beforeBytes, long afterBytes) {
            this(beforeBytes, afterBytes, Basis.ESTIMATED);
        }

        /** The "after" total estimated. */
        public Savings(long beforeBytes, long afterBytes, Basis before) {
            this(beforeBytes, afterBytes, before, Basis.ESTIMATED);
        }

        /** The basis of {@code measured} of {@code total} figures. */
        public static Basis basis(int measured, int total) {
            return measured == 0 ? Basis.ESTIMATED : measured == total ? Basis.MEASURED : Basis.PARTLY_MEASURED;
        }

        /** Whole-percent reduction; 0 when there is nothing to compare. */
        public int percent() {
            return beforeBytes <= 0 ? 0 : (int) Math.round(100.0 * (beforeBytes - afterBytes) / beforeBytes);
        }
    }

    /**
     * A rule as reports describe it. {@code level} is the SARIF level of its default severity; {@code security} marks
     * the security rules, which SARIF rates with {@code security-severity}.
     */
    public record RuleDescription(String id, String summary, String severity, String level, String helpUri,
            boolean security) {
    }
}
