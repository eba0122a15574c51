package dev.slimline.verify;

import dev.slimline.report.SizeText;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The wording every verify renderer shares, so the text, Markdown and HTML reports say the same thing. */
final class ReportText {

    private ReportText() {
    }

    static String size(long bytes) {
        return SizeText.of(bytes);
    }

    static String percent(double value) {
        return Math.round(value) + "%";
    }

    /** Saving of one service in percent of its original. */
    static String saving(ServiceResult service) {
        if (service.original() == null || service.optimized() == null || service.original().sizeBytes() == 0) {
            return "n/a";
        }
        return percent(100.0 * service.savedBytes() / service.original().sizeBytes());
    }

    static String seconds(double seconds) {
        return Progress.elapsed(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    static String money(double usd) {
        return String.format(Locale.ROOT, "USD %.2f", usd);
    }

    static String basis(ImpactSettings settings) {
        return String.format(Locale.ROOT, "%s Mbit/s, %s per GB-month; uncompressed sizes",
                trim(settings.networkMbps()), money(settings.pricePerGbMonth()));
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** {@code services/api} → {@code api}, as the story's check lines name services. */
    static String shortName(String service) {
        return service.contains("/") ? service.substring(service.lastIndexOf('/') + 1) : service;
    }

    /** The checks of one category across all services, in service order. */
    static List<Check> checks(VerifyReport report, CheckCategory category) {
        return report.services().stream().flatMap(service -> service.checks().stream())
                .filter(check -> check.category() == category).toList();
    }

    /** One check as the story prints it: {@code api: GET /health → 200 OK (12ms)}. */
    static String line(Check check) {
        String who = shortName(check.service()) + (check.variant() == Variant.ORIGINAL ? " (original)" : "");
        return who + ": " + check.summary();
    }

    static String verdict(VerifyReport report) {
        long total = report.services().stream().mapToLong(service -> service.checks().size()).sum();
        int failed = report.failures().size();
        return failed == 0 && report.passed() ? "all " + total + " checks passed"
                : failed + " of " + total + " checks failed";
    }
}
