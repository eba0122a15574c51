package dev.slimline.report;

import dev.slimline.io.TerminalText;

/** A Markdown report for pull-request comments and job summaries: the table, the summary lines, the findings. */
public final class MarkdownRenderer implements ReportRenderer {

    @Override
    public String render(AuditReport report) {
        StringBuilder out = new StringBuilder("## Docker Image Audit\n\n");
        out.append("| Service | Base Image | Image Size | Layers | Top Issue |\n|---|---|---|---|---|\n");
        for (ServiceReport service : report.services()) {
            out.append("| ").append(cell(service.name())).append(" | `").append(cell(service.baseImage()))
                    .append("` | ").append(cell(SavingsText.sizeCell(service)))
                    .append(" | ").append(service.layers())
                    .append(" | ").append(cell(service.topIssue().orElse("-"))).append(" |\n");
        }
        out.append('\n');
        if (!report.missingDockerignore().isEmpty()) {
            out.append("**Missing .dockerignore:** ").append(cell(String.join(", ", report.missingDockerignore()))).append("\n\n");
        }
        AuditReport.Savings savings = report.savings();
        out.append("**").append(SavingsText.heading(savings)).append(":** ").append(SavingsText.figures(savings))
                .append("\n\n_Sizes marked ~ are estimates; see \"How audit estimates sizes\"._\n");
        for (ServiceReport service : report.services()) {
            service.measurement().failure().ifPresent(failure -> out.append("\n- ").append(cell(service.name()))
                    .append(" not measured: ").append(cell(failure)).append('\n'));
        }
        for (ServiceReport service : report.services()) {
            if (service.findings().isEmpty()) {
                continue;
            }
            out.append("\n### ").append(cell(service.name())).append(" (`").append(cell(String.valueOf(service.dockerfile())).replace("`", "'")).append("`)\n\n");
            out.append("| Line | Rule | Severity | Message |\n|---|---|---|---|\n");
            for (ServiceReport.FindingRow finding : service.findings()) {
                out.append("| ").append(finding.line()).append(':').append(finding.column()).append(" | ")
                        .append(finding.ruleId()).append(" | ").append(finding.severity()).append(" | ")
                        .append(cell(finding.message())).append(" |\n");
            }
        }
        if (!report.parseErrors().isEmpty()) {
            out.append("\n### Not audited (parse errors)\n\n");
            for (AuditReport.ParseError error : report.parseErrors()) {
                out.append("- `").append(cell(error.oneLine()).replace("`", "'")).append("`\n");
            }
        }
        return out.toString();
    }

    /** Table cells must not break the table: pipes escaped, control characters (newlines too) made visible. */
    private static String cell(String text) {
        return TerminalText.escape(text).replace("|", "\\|");
    }
}
