package dev.slimline.report;


/** A Markdown report for pull-request comments and job summaries: the table, the summary lines, the findings. */
public final class MarkdownRenderer implements ReportRenderer {

    @Override
    public String render(AuditReport report) {
        StringBuilder out = new StringBuilder("## Docker Image Audit\n\n");
        out.append("| Service | Base Image | Image Size | Layers | Top Issue |\n|---|---|---|---|---|\n");
        for (ServiceReport service : report.services()) {
            out.append("| ").append(MarkdownText.cell(service.name())).append(" | `").append(MarkdownText.cell(service.baseImage()))
                    .append("` | ").append(MarkdownText.cell(SavingsText.sizeCell(service)))
                    .append(" | ").append(service.layers())
                    .append(" | ").append(MarkdownText.cell(service.topIssue().orElse("-"))).append(" |\n");
        }
        out.append('\n');
        if (!report.missingDockerignore().isEmpty()) {
            out.append("**Missing .dockerignore:** ").append(MarkdownText.cell(String.join(", ", report.missingDockerignore()))).append("\n\n");
        }
        AuditReport.Savings savings = report.savings();
        out.append("**").append(SavingsText.heading(savings)).append(":** ").append(SavingsText.figures(savings))
                .append("\n\n_Sizes marked ~ are estimates; see \"How audit estimates sizes\"._\n");
        for (ServiceReport service : report.services()) {
            service.measurement().failure().ifPresent(failure -> out.append("\n- ").append(MarkdownText.cell(service.name()))
                    .append(" not measured: ").append(MarkdownText.cell(failure)).append('\n'));
        }
        for (ServiceReport service : report.services()) {
            if (service.findings().isEmpty()) {
                continue;
            }
            out.append("\n### ").append(MarkdownText.cell(service.name())).append(" (`").append(MarkdownText.cell(String.valueOf(service.dockerfile())).replace("`", "'")).append("`)\n\n");
            out.append("| Line | Rule | Severity | Message |\n|---|---|---|---|\n");
            for (ServiceReport.FindingRow finding : service.findings()) {
                out.append("| ").append(finding.line()).append(':').append(finding.column()).append(" | ")
                        .append(finding.ruleId()).append(" | ").append(finding.severity()).append(" | ")
                        .append(MarkdownText.cell(finding.message())).append(" |\n");
            }
        }
        if (!report.parseErrors().isEmpty()) {
            out.append("\n### Not audited (parse errors)\n\n");
            for (AuditReport.ParseError error : report.parseErrors()) {
                out.append("- `").append(MarkdownText.cell(error.oneLine()).replace("`", "'")).append("`\n");
            }
        }
        return out.toString();
    }

}
