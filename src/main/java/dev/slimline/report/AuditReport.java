package dev.slimline.report;

import java.util.List;

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

    /** Estimated total size of all services before and after optimization. */
    public record Savings(long beforeBytes, long afterBytes) {
        /** Whole-percent reduction; 0 when there is nothing to compare. */
        public int percent() {
            return beforeBytes <= 0 ? 0 : (int) Math.round(100.0 * (beforeBytes - afterBytes) / beforeBytes);
        }
    }

    /** A rule as reports describe it. {@code level} is the SARIF level of its default severity. */
    public record RuleDescription(String id, String summary, String severity, String level, String helpUri) {
    }
}
