package dev.slimline.gate.report;

import dev.slimline.report.MarkdownText;
import dev.slimline.gate.CheckResult;
import dev.slimline.gate.GateResult;
import dev.slimline.gate.ServiceVerdict;
import dev.slimline.report.SizeText;
import java.util.Locale;

/** A pull-request comment: sizes before (baseline) and after (this build), then every failed check. */
final class GateMarkdown {

    private GateMarkdown() {
    }

    static String render(GateResult result) {
        StringBuilder md = new StringBuilder("## slimline gate: ").append(result.passed() ? "passed" : "failed")
                .append("\n\n| Service | Before | After | Change | Checks |\n|---|---:|---:|---:|---|\n");
        for (ServiceVerdict service : result.services()) {
            long after = service.figures().sizeBytes();
            String before = service.baseline().map(SizeText::of).orElse("—");
            String change = service.baseline().map(b -> change(b, after)).orElse("—");
            String checks = service.checks().isEmpty() ? "no budget"
                    : service.passed() ? "✅ " + service.checks().size() + " passed"
                    : "❌ " + service.failures().size() + " of " + service.checks().size() + " failed";
            md.append("| `").append(service.service()).append("` | ").append(before).append(" | ")
                    .append(SizeText.of(after)).append(" | ").append(change).append(" | ").append(checks).append(" |\n");
        }
        if (!result.passed()) {
            md.append("\n### Failed checks\n\n");
            for (ServiceVerdict service : result.services()) {
                for (CheckResult failure : service.failures()) {
                    md.append("- **").append(service.service()).append("** `").append(failure.kind().key())
                            .append("`: ").append(MarkdownText.cell(failure.message())).append('\n');
                }
            }
        }
        return md.toString().stripTrailing();
    }

    private static String change(long before, long after) {
        long delta = after - before;
        String sign = delta >= 0 ? "+" : "−";
        return sign + SizeText.of(Math.abs(delta))
                + (before > 0 ? String.format(Locale.ROOT, " (%s%.1f%%)", sign, Math.abs(100.0 * delta / before)) : "");
    }
}
