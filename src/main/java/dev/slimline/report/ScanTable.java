package dev.slimline.report;

import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import dev.slimline.scan.vuln.ScanComparison;
import dev.slimline.scan.vuln.ScanResult;
import dev.slimline.scan.vuln.SecretLocation;
import dev.slimline.scan.vuln.Unscanned;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The human-readable scan report: a summary line, one row per finding, unscanned packages and secrets. */
public final class ScanTable {

    private static final int SEVERITY_WIDTH = 11;

    private final PrintWriter out;
    private final boolean colour;

    /** Plain text, for files, pipes and tests. */
    public ScanTable(PrintWriter out) {
        this(out, false);
    }

    /** With {@code colour}, each finding's severity is coloured (see {@code io.ColourChoice}). */
    public ScanTable(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    public void print(ScanResult result) {
        out.printf("%s (%s%s): %d packages, %s%n", result.source(), result.scanner(),
                result.distro().map(d -> ", " + d).orElse(""), result.packages().size(), summary(result));
        findings(result.findings());
        if (!result.unscanned().isEmpty()) {
            out.println("Not scanned (" + result.unscanned().size() + "):");
            for (Unscanned u : result.unscanned()) {
                out.printf("  %s %s %s: %s%n", u.packageType(), u.packageName(), u.version(), u.reason());
            }
        }
        secrets(result.secrets());
    }

    public void print(ScanComparison comparison) {
        ScanResult before = comparison.before();
        ScanResult after = comparison.after();
        out.printf("%-10s %-40s %9s %9s%n", "", "image", "packages", "vulns");
        out.printf("%-10s %-40s %9d %9d%n", "before", before.source(), before.packages().size(), before.active().size());
        out.printf("%-10s %-40s %9d %9d%n", "after", after.source(), after.packages().size(), after.active().size());
        out.printf("Packages: %d removed, %d added%n", comparison.packagesRemoved().size(),
                comparison.packagesAdded().size());
        comparison.packagesAdded().forEach(p -> out.printf("  + %s %s %s%n", p.type().purlType(), p.ecosystemName(), p.version()));
        out.printf("Vulnerabilities: %d removed, %d added, %d in both%n", comparison.findingsRemoved().size(),
                comparison.findingsAdded().size(), comparison.findingsUnchanged().size());
        comparison.findingsRemoved().forEach(f -> out.printf("  - %s%n", row(f)));
        comparison.findingsAdded().forEach(f -> out.printf("  + %s%n", row(f)));
        out.println(comparison.introducesNoVulnerability()
                ? "The new image introduces no vulnerabilities."
                : "The new image introduces " + comparison.findingsAdded().size() + " vulnerabilities.");
        secrets(after.secrets());
    }

    private void findings(List<VulnerabilityFinding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.printf("%-11s %-20s %-28s %-26s %-26s%n", "SEVERITY", "ID", "PACKAGE", "INSTALLED", "FIXED");
        for (VulnerabilityFinding f : findings) {
            out.println(row(f));
        }
    }

    private String row(VulnerabilityFinding f) {
        String severity = f.severity().name() + f.score().map(s -> String.format(Locale.ROOT, " %.1f", s)).orElse("");
        // padded outside the colour codes so the columns line up either way
        String cell = (colour ? SeverityColour.paint(f.severity().toSeverity(), severity) : severity)
                + " ".repeat(Math.max(0, SEVERITY_WIDTH - severity.length()));
        return String.format(Locale.ROOT, "%s %-20s %-28s %-26s %-26s%s", cell, f.id(),
                f.packageType() + ":" + f.packageName(), f.installed(), f.fixedVersion().orElse("(no fix)"),
                f.ignoredBecause().map(r -> "  ignored: " + r).orElse("")).stripTrailing(); // no padding after the last column
    }

    private void secrets(List<SecretLocation> secrets) {
        if (secrets.isEmpty()) {
            return;
        }
        out.println("Secrets left in the image (" + secrets.size() + "; values not shown):");
        for (SecretLocation s : secrets) {
            out.printf("  %-18s %s%s%n", s.kind(), s.where(), s.layer() < 0 ? ""
                    : " (layer " + s.layer() + (s.deletedLater() ? ", deleted later but still in that layer" : "") + ")");
        }
    }

    private static String summary(ScanResult result) {
        StringBuilder text = new StringBuilder();
        text.append(result.active().size()).append(" vulnerabilities");
        StringBuilder counts = new StringBuilder();
        for (CvssSeverity s : List.of(CvssSeverity.CRITICAL, CvssSeverity.HIGH, CvssSeverity.MEDIUM, CvssSeverity.LOW, CvssSeverity.UNKNOWN)) {
            long n = result.count(s);
            if (n > 0) {
                counts.append(counts.isEmpty() ? "" : ", ").append(s.name().toLowerCase(Locale.ROOT)).append(' ').append(n);
            }
        }
        if (!counts.isEmpty()) {
            text.append(" (").append(counts).append(')');
        }
        long ignored = result.findings().size() - result.active().size();
        if (ignored > 0) {
            text.append(", ").append(ignored).append(" ignored");
        }
        return text.toString();
    }
}
