package dev.slimline.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.vuln.ScanResult;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Severities in the audit and scan tables: coloured only when asked, the columns lined up either way. */
class SeverityColourTest {

    private static final String ESC = "\033[";
    private static final String SGR = "\033\\[[0-9;]*m";

    @Test
    void auditTableColoursTheTopIssueByItsSeverityOnlyWhenAsked() {
        AuditReport report = new AuditReport(".", List.of(
                service("api", "Build tools in final image", "high", "low"),
                service("worker", "Runs as root", "critical"),
                service("web", "-")),
                List.of(), new AuditReport.Savings(3_000_000_000L, 300_000_000L), List.of());

        String plain = new TableRenderer().render(report);
        String coloured = new TableRenderer(true).render(report);

        assertThat(plain).doesNotContain(ESC);
        assertThat(coloured).contains("\033[31mBuild tools in final image\033[0m", "\033[1;31mRuns as root\033[0m");
        assertThat(coloured.replaceAll(SGR, "")).isEqualTo(plain);
    }

    @Test
    void scanTableColoursTheSeverityColumnOnlyWhenAsked() {
        ScanResult result = new ScanResult("app:1", "slimline", Optional.of("debian 12"), List.of(), List.of(
                finding("DSA-1", CvssSeverity.CRITICAL, 9.8), finding("DSA-2", CvssSeverity.MEDIUM, 5.3),
                finding("DSA-3", CvssSeverity.UNKNOWN, null)), List.of(), List.of(), List.of());

        String plain = print(result, false);
        String coloured = print(result, true);

        assertThat(plain).doesNotContain(ESC).contains("CRITICAL 9.8 DSA-1", "MEDIUM 5.3  DSA-2");
        assertThat(coloured).contains("\033[1;31mCRITICAL 9.8\033[0m DSA-1", "\033[33mMEDIUM 5.3\033[0m  DSA-2")
                .contains("UNKNOWN     DSA-3");
        assertThat(coloured.replaceAll(SGR, "")).isEqualTo(plain);
    }

    private static String print(ScanResult result, boolean colour) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        new ScanTable(out, colour).print(result);
        out.flush();
        return text.toString();
    }

    private static ServiceReport service(String name, String issue, String... severities) {
        List<ServiceReport.FindingRow> findings = java.util.Arrays.stream(severities)
                .map(s -> new ServiceReport.FindingRow("SL1000", s, "warning", 1, 1, "x")).toList();
        return new ServiceReport(name, name + "/Dockerfile", "node:18", 1_000_000_000L, true, false, 10,
                issue.equals("-") ? Optional.empty() : Optional.of(issue), true, findings, List.of(), "node:18-slim",
                100_000_000L, "test");
    }

    private static VulnerabilityFinding finding(String id, CvssSeverity severity, Double score) {
        return new VulnerabilityFinding(id, List.of(), "", severity, Optional.ofNullable(score), "deb", "libssl3",
                "3.0.11-1", Optional.of("3.0.13-1"), "pkg:deb/debian/libssl3@3.0.11-1", "/var/lib/dpkg/status",
                Optional.empty());
    }
}
