package dev.slimline.verify;

import dev.slimline.report.MarkdownText;
import java.util.List;

/** The report as Markdown, for a pull-request comment or a CI job summary. */
public final class MarkdownVerifyRenderer implements VerifyRenderer {

    @Override
    public String render(VerifyReport report) {
        StringBuilder out = new StringBuilder("# slimline verify: ").append(report.passed() ? "✅ " : "❌ ")
                .append(ReportText.verdict(report)).append("\n\n");
        out.append("| Service | Before | After | Saved | Optimized build |\n|---|---:|---:|---:|---:|\n");
        for (ServiceResult service : report.services()) {
            out.append("| ").append(MarkdownText.cell(service.service())).append(" | ")
                    .append(service.original() == null ? "—" : ReportText.size(service.original().sizeBytes()))
                    .append(" | ")
                    .append(service.optimized() == null ? "—" : ReportText.size(service.optimized().sizeBytes()))
                    .append(" | ").append(ReportText.saving(service)).append(" | ")
                    .append(service.optimized() == null ? "failed"
                            : Progress.elapsed(java.time.Duration.ofMillis(service.optimized().buildMillis())))
                    .append(" |\n");
        }
        Impact impact = report.impact();
        out.append("| **Total** | **").append(ReportText.size(impact.beforeBytes())).append("** | **")
                .append(ReportText.size(impact.afterBytes())).append("** | **")
                .append(ReportText.percent(impact.savedPercent())).append("** | |\n\n");
        out.append("Impact (").append(ReportText.basis(impact.settings())).append("): pull time ")
                .append(ReportText.seconds(impact.pullSecondsBefore())).append(" → ")
                .append(ReportText.seconds(impact.pullSecondsAfter())).append(", registry storage ")
                .append(ReportText.money(impact.storageCostBefore())).append(" → ")
                .append(ReportText.money(impact.storageCostAfter())).append(" per month.\n");
        for (CheckCategory category : List.of(CheckCategory.HEALTH, CheckCategory.SECURITY, CheckCategory.CONTRACT)) {
            out.append("\n## ").append(title(category)).append("\n\n");
            for (Check check : ReportText.checks(report, category)) {
                out.append("- ").append(check.status().mark()).append(' ').append(ReportText.line(check)).append('\n');
            }
        }
        List<Check> failures = report.failures();
        if (!failures.isEmpty()) {
            out.append("\n## Failures\n");
            for (Check check : failures) {
                out.append("\n### ").append(check.service()).append(" (").append(check.variant().id()).append(") ")
                        .append(check.name()).append(": ").append(check.summary()).append("\n\n```\n")
                        .append(check.evidence().replace("```", "'''")).append("\n```\n");
            }
        }
        return out.toString();
    }

    static String title(CheckCategory category) {
        return switch (category) {
            case BUILD -> "Builds";
            case HEALTH -> "Health checks";
            case SECURITY -> "Security checks";
            case CONTRACT -> "Runtime contract";
        };
    }

}
