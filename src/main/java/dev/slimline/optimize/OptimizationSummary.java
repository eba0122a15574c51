package dev.slimline.optimize;

import dev.slimline.audit.SizeEstimate;
import dev.slimline.report.SizeText;

import java.util.Locale;

/** The story's "Optimization applied" block for one result: before/after, savings, key changes, notes. */
public final class OptimizationSummary {

    private OptimizationSummary() {
    }

    public static String render(String service, OptimizationResult result) {
        StringBuilder out = new StringBuilder();
        if (!result.changed()) {
            out.append("No changes: ").append(service).append(" is already lean by every recipe slimline knows.\n");
            result.note().ifPresent(n -> out.append("  Note: ").append(n).append('\n'));
            return out.toString();
        }
        out.append("Optimization applied: ").append(service)
                .append(result.template().map(t -> " (" + t + " template)").orElse(" (safe recipes)")).append('\n');
        if (result.before().isPresent() && result.after().isPresent()) {
            SizeEstimate before = result.before().get();
            SizeEstimate after = result.after().get();
            out.append("  Before: ").append(line(before, result.userBefore(), false)).append('\n');
            out.append("  After:  ").append(line(after, result.userAfter(), result.healthcheckAfter())).append('\n');
            long saved = before.totalBytes() - after.totalBytes();
            if (saved > 0) {
                out.append(String.format(Locale.ROOT, "  Savings: ~%s (%d%% reduction, estimated; `slimline verify` measures)%n",
                        SizeText.of(saved), Math.round(100.0 * saved / before.totalBytes())));
            } else {
                out.append("  Savings: none estimated (the changes are for caching, security or health)\n");
            }
        }
        out.append("\nKey changes:\n");
        for (Change change : result.changes()) {
            out.append("  \u2713 ").append(change.summary()).append('\n');
        }
        result.note().ifPresent(n -> out.append("\nNote: ").append(n).append('\n'));
        return out.toString();
    }

    private static String line(SizeEstimate estimate, String user, boolean healthcheck) {
        boolean root = user.equals("root") || user.equals("0") || user.startsWith("0:") || user.startsWith("root:");
        return estimate.baseImage() + " (" + SizeText.of(estimate.totalBytes(), true) + ") \u2014 " + estimate.layers()
                + " layers, " + (root ? "running as root" : "non-root user " + user) + (healthcheck ? ", health check" : "");
    }
}
