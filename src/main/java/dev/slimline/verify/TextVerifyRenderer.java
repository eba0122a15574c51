package dev.slimline.verify;

import java.util.List;

/** The story's block: builds, health checks, security checks, contract, sizes with totals, impact, failures. */
public final class TextVerifyRenderer implements VerifyRenderer {

    @Override
    public String render(VerifyReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Building optimized images...\n");
        for (ServiceResult service : report.services()) {
            BuiltImage optimized = service.optimized();
            if (optimized != null) {
                out.append("  ✓ ").append(service.service()).append(" built in ")
                        .append(Progress.elapsed(java.time.Duration.ofMillis(optimized.buildMillis()))).append(" (")
                        .append(ReportText.size(optimized.sizeBytes())).append(")\n");
            }
            service.checks().stream().filter(check -> check.category() == CheckCategory.BUILD && check.failed())
                    .forEach(check -> out.append("  ✗ ").append(service.service()).append(" (")
                            .append(check.variant().id()).append("): ").append(check.summary()).append('\n'));
        }
        section(out, "Health checks:", ReportText.checks(report, CheckCategory.HEALTH));
        section(out, "Security checks:", ReportText.checks(report, CheckCategory.SECURITY));
        section(out, "Runtime contract:", ReportText.checks(report, CheckCategory.CONTRACT));
        for (ServiceResult service : report.services()) {
            for (ContractDifference difference : service.contract()) {
                out.append("      ").append(ReportText.shortName(service.service())).append(' ')
                        .append(difference.field()).append(": '").append(difference.before()).append("' → '")
                        .append(difference.after()).append("' (").append(difference.kind().name().toLowerCase(
                                java.util.Locale.ROOT)).append(")\n");
            }
        }
        sizes(out, report);
        failures(out, report);
        out.append('\n').append(report.passed() ? "✓ " : "✗ ").append(ReportText.verdict(report)).append(" in ")
                .append(Progress.elapsed(java.time.Duration.ofMillis(report.elapsedMillis()))).append('\n');
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Check> checks) {
        out.append('\n').append(title).append('\n');
        if (checks.isEmpty()) {
            out.append("  (none ran)\n");
        }
        for (Check check : checks) {
            out.append("  ").append(check.status().mark()).append(' ').append(ReportText.line(check)).append('\n');
        }
    }

    private static void sizes(StringBuilder out, VerifyReport report) {
        out.append("\nSize comparison:\n");
        int width = report.services().stream().mapToInt(service -> service.service().length()).max().orElse(7);
        for (ServiceResult service : report.services()) {
            if (service.original() == null || service.optimized() == null) {
                continue;
            }
            out.append(String.format("  %-" + width + "s  %8s → %8s  (-%s)%n", service.service(),
                    ReportText.size(service.original().sizeBytes()), ReportText.size(service.optimized().sizeBytes()),
                    ReportText.saving(service)));
        }
        Impact impact = report.impact();
        out.append("  Total before: ").append(ReportText.size(impact.beforeBytes())).append('\n');
        out.append("  Total after:  ").append(ReportText.size(impact.afterBytes())).append('\n');
        out.append("  Saved: ").append(ReportText.size(impact.savedBytes())).append(" (")
                .append(ReportText.percent(impact.savedPercent())).append(")\n");
        out.append("\nImpact (").append(ReportText.basis(impact.settings())).append("):\n");
        out.append("  Pull time:        ").append(ReportText.seconds(impact.pullSecondsBefore())).append(" → ")
                .append(ReportText.seconds(impact.pullSecondsAfter())).append('\n');
        out.append("  Registry storage: ").append(ReportText.money(impact.storageCostBefore())).append(" → ")
                .append(ReportText.money(impact.storageCostAfter())).append(" per month\n");
    }

    private static void failures(StringBuilder out, VerifyReport report) {
        List<Check> failures = report.failures();
        if (failures.isEmpty()) {
            return;
        }
        out.append("\nFailures:\n");
        for (Check check : failures) {
            out.append("  ✗ ").append(check.service()).append(" (").append(check.variant().id()).append(") ")
                    .append(check.name()).append(": ").append(check.summary()).append('\n');
            check.evidence().lines().forEach(line -> out.append("      ").append(line).append('\n'));
        }
    }
}
