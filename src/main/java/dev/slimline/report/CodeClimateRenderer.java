package dev.slimline.report;

import dev.slimline.io.Sha256;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GitLab's code quality report (the Code Climate issue subset GitLab reads, {@code artifacts:reports:codequality}):
 * one issue per finding with {@code check_name}, {@code severity}, {@code location.path}/{@code lines.begin} and a
 * {@code fingerprint} GitLab uses to tell new issues from fixed ones between a branch and its target. The
 * fingerprint hashes rule, file and message, not the line, so moving a finding up or down is not a new issue.
 */
public final class CodeClimateRenderer implements ReportRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(AuditReport report) {
        ArrayNode issues = JSON.createArrayNode();
        Map<String, Integer> seen = new HashMap<>();
        for (ServiceReport service : report.services()) {
            for (ServiceReport.FindingRow finding : service.findings()) {
                issue(issues, seen, finding.ruleId(), severity(finding.severity()), finding.message(),
                        service.dockerfile(), finding.line());
            }
        }
        for (AuditReport.ParseError error : report.parseErrors()) {
            issue(issues, seen, "parse", "blocker", error.message(), error.file(), error.line());
        }
        try {
            return JSON.writeValueAsString(issues) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("code quality report could not be written", e);
        }
    }

    private static void issue(ArrayNode issues, Map<String, Integer> seen, String check, String severity,
            String message, String path, int line) {
        String identity = check + "\0" + path + "\0" + message;
        // The same finding twice in one file (two identical RUN lines) still needs two distinct fingerprints.
        int occurrence = seen.merge(identity, 1, Integer::sum);
        ObjectNode issue = issues.addObject();
        issue.put("type", "issue");
        issue.put("check_name", check);
        issue.put("description", check + ": " + message);
        issue.putArray("categories").add(check.equals("parse") ? "Bug Risk" : "Style");
        issue.put("severity", severity);
        issue.put("fingerprint", Sha256.of(identity + "\0" + occurrence));
        ObjectNode location = issue.putObject("location");
        location.put("path", path);
        location.putObject("lines").put("begin", Math.max(1, line));
    }

    /** slimline's severities on Code Climate's scale (info, minor, major, critical, blocker). */
    private static String severity(String slimlineSeverity) {
        return switch (slimlineSeverity.toLowerCase(Locale.ROOT)) {
            case "critical" -> "blocker";
            case "high" -> "critical";
            case "medium" -> "major";
            case "low" -> "minor";
            default -> "info";
        };
    }
}
