package dev.slimline.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * GitLab's code quality report format, checked field by field: GitLab publishes no JSON schema for it, only the table
 * at https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format (a subset of the Code Climate
 * spec): a JSON array without byte order mark, each object with a string {@code description}, {@code check_name}
 * and unique {@code fingerprint}, a {@code severity} of info, minor, major, critical or blocker, a
 * {@code location.path} relative to the repository without a {@code ./} prefix, and the line as
 * {@code location.lines.begin} or {@code location.positions.begin.line}.
 */
public final class GitLabCodeQualityFormat {

    private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    private GitLabCodeQualityFormat() {
    }

    /** Every departure from the documented format, one line each; empty when the report conforms. */
    public static List<String> validate(String report) {
        List<String> violations = new ArrayList<>();
        if (report.startsWith("\uFEFF")) {
            violations.add("starts with a byte order mark");
            report = report.substring(1);
        }
        JsonNode issues;
        try {
            issues = new ObjectMapper().readTree(report);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        if (issues == null || !issues.isArray()) {
            return List.of("not a JSON array");
        }
        Set<String> fingerprints = new HashSet<>();
        for (int i = 0; i < issues.size(); i++) {
            JsonNode issue = issues.get(i);
            String at = "issue " + i + ": ";
            for (String field : List.of("description", "check_name", "fingerprint")) {
                if (!issue.path(field).isTextual() || issue.path(field).asText().isBlank()) {
                    violations.add(at + field + " is not a non-empty string");
                }
            }
            if (issue.path("fingerprint").isTextual() && !fingerprints.add(issue.path("fingerprint").asText())) {
                violations.add(at + "fingerprint " + issue.path("fingerprint").asText() + " is not unique");
            }
            if (!SEVERITIES.contains(issue.path("severity").asText(""))) {
                violations.add(at + "severity " + issue.path("severity") + " is not one of " + SEVERITIES);
            }
            JsonNode path = issue.path("location").path("path");
            if (!path.isTextual() || path.asText().isEmpty() || path.asText().startsWith("/") || path.asText().startsWith("./")) {
                violations.add(at + "location.path " + path + " is not a relative path without ./");
            }
            JsonNode line = issue.path("location").path("lines").path("begin");
            if (line.isMissingNode()) {
                line = issue.path("location").path("positions").path("begin").path("line");
            }
            if (!line.isInt() || line.asInt() < 1) {
                violations.add(at + "location.lines.begin " + line + " is not a line number");
            }
        }
        return violations;
    }
}
