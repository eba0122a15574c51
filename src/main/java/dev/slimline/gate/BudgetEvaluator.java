package dev.slimline.gate;

import dev.slimline.SlimlineException;
import dev.slimline.config.BudgetSpec;
import dev.slimline.config.BudgetSpec.Setting;
import dev.slimline.report.SizeText;
import dev.slimline.Severity;
import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import dev.slimline.scan.vuln.ScanResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Compares one service's measured figures with its budget; a plain function of its inputs. */
public final class BudgetEvaluator {

    private BudgetEvaluator() {
    }

    public static ServiceVerdict evaluate(String service, String dockerfile, BudgetSpec budget, ImageFigures figures,
            Optional<Long> baseline) {
        List<CheckResult> checks = new ArrayList<>();
        budget.maxSize().ifPresent(limit -> checks.add(size(figures.sizeBytes(), limit)));
        budget.maxGrowth().ifPresent(limit -> checks.add(growth(figures.sizeBytes(), baseline, limit)));
        budget.minEfficiency().ifPresent(limit -> checks.add(efficiency(figures.efficiency(), limit)));
        budget.maxWastedBytes().ifPresent(limit -> checks.add(wasted(figures.wastedBytes(), limit)));
        budget.vulnerabilities().failOn().ifPresent(limit -> checks.add(vulnerabilities(service, figures.scan(),
                limit, budget.vulnerabilities().fixableOnly().orElse(false))));
        return new ServiceVerdict(service, dockerfile, figures, baseline, checks);
    }

    private static CheckResult size(long bytes, Setting<Long> limit) {
        boolean ok = bytes <= limit.value();
        String message = ok ? "image is " + SizeText.of(bytes) + ", within the " + SizeText.of(limit.value()) + " budget"
                : "image is " + SizeText.of(bytes) + ", " + SizeText.of(bytes - limit.value()) + " over the "
                        + SizeText.of(limit.value()) + " budget";
        return new CheckResult(CheckKind.SIZE, ok, SizeText.of(bytes), SizeText.of(limit.value()), message,
                Optional.of(limit.location()));
    }

    private static CheckResult growth(long bytes, Optional<Long> baseline, Setting<BudgetSpec.Growth> limit) {
        String allowed = limit.value().percent() ? "+" + number(limit.value().amount()) + "%"
                : "+" + SizeText.of(Math.round(limit.value().amount()));
        if (baseline.isEmpty()) {
            return new CheckResult(CheckKind.GROWTH, true, "no baseline", allowed,
                    "no baseline recorded yet (run with --update-baseline); growth not checked",
                    Optional.of(limit.location()));
        }
        long base = baseline.get();
        long max = limit.value().limitFor(base);
        long delta = bytes - base;
        String figure = (delta >= 0 ? "+" : "-") + SizeText.of(Math.abs(delta))
                + (base > 0 ? String.format(Locale.ROOT, " (%+.1f%%)", 100.0 * delta / base) : "");
        boolean ok = bytes <= max;
        String message = "image is " + SizeText.of(bytes) + " against a baseline of " + SizeText.of(base) + " ("
                + figure + "); " + (ok ? "within" : "over") + " the allowed growth of " + allowed;
        return new CheckResult(CheckKind.GROWTH, ok, figure, allowed, message, Optional.of(limit.location()));
    }

    private static CheckResult efficiency(double efficiency, Setting<Double> limit) {
        boolean ok = efficiency >= limit.value();
        String figure = percent(efficiency);
        String message = "efficiency is " + figure + (ok ? ", at or above " : ", below the minimum of ")
                + percent(limit.value());
        return new CheckResult(CheckKind.EFFICIENCY, ok, figure, ">= " + percent(limit.value()), message,
                Optional.of(limit.location()));
    }

    private static CheckResult wasted(long wasted, Setting<Long> limit) {
        boolean ok = wasted <= limit.value();
        String message = SizeText.of(wasted) + " wasted in files stored in more than one layer"
                + (ok ? ", within " : ", over the maximum of ") + SizeText.of(limit.value());
        return new CheckResult(CheckKind.WASTED_BYTES, ok, SizeText.of(wasted), SizeText.of(limit.value()), message,
                Optional.of(limit.location()));
    }

    private static CheckResult vulnerabilities(String service, Optional<ScanResult> scan, Setting<Severity> limit,
            boolean fixableOnly) {
        ScanResult result = scan.orElseThrow(() -> SlimlineException.badInput(
                "internal: " + service + " has a vulnerability budget but was not scanned"));
        List<VulnerabilityFinding> failing = result.atOrAbove(limit.value()).stream()
                .filter(f -> !fixableOnly || f.fixedVersion().isPresent()).toList();
        String threshold = limit.value().label();
        String limitText = "none >= " + threshold + (fixableOnly ? " (fixable)" : "");
        String figure = failing.isEmpty() ? "0" : failing.stream()
                .collect(Collectors.groupingBy(VulnerabilityFinding::severity, java.util.TreeMap::new, Collectors.counting()))
                .descendingMap().entrySet().stream().map(e -> e.getValue() + " " + name(e.getKey()))
                .collect(Collectors.joining(", "));
        String message = failing.isEmpty()
                ? "no " + (fixableOnly ? "fixable " : "") + "vulnerability at or above " + threshold
                : failing.size() + " " + (fixableOnly ? "fixable " : "") + "vulnerabilit"
                        + (failing.size() == 1 ? "y" : "ies") + " at or above " + threshold + ": "
                        + failing.stream().limit(5).map(BudgetEvaluator::describe).collect(Collectors.joining("; "))
                        + (failing.size() > 5 ? "; and " + (failing.size() - 5) + " more" : "");
        return new CheckResult(CheckKind.VULNERABILITIES, failing.isEmpty(), figure, limitText, message,
                Optional.of(limit.location()));
    }

    private static String describe(VulnerabilityFinding f) {
        return f.id() + " (" + name(f.severity()) + ") in " + f.packageName() + " " + f.installed()
                + f.fixedVersion().map(v -> ", fixed in " + v).orElse(", no fix yet");
    }

    static String name(CvssSeverity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }

    private static String percent(double fraction) {
        return number(fraction * 100) + "%";
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceAll("\\.?0+$", "");
    }
}
