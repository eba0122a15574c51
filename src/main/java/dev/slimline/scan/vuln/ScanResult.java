package dev.slimline.scan.vuln;

import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.Severity;
import dev.slimline.scan.cvss.CvssSeverity;
import java.util.List;
import java.util.Optional;

/**
 * What a scan found in one image.
 *
 * @param source   image reference or archive path
 * @param scanner  {@code slimline} (OSV database) or the external scanner's name
 * @param distro   e.g. {@code debian 12}, empty when unknown
 * @param packages the packages scanned
 * @param findings vulnerabilities, ignored ones included and marked, most severe first
 * @param unscanned packages that could not be checked
 * @param secrets  secrets left in the image (locations only)
 * @param warnings things the user should know (stale database, expired ignore entries)
 */
public record ScanResult(String source, String scanner, Optional<String> distro, List<CatalogedPackage> packages,
        List<VulnerabilityFinding> findings, List<Unscanned> unscanned, List<SecretLocation> secrets, List<String> warnings) {

    public ScanResult {
        packages = List.copyOf(packages);
        findings = List.copyOf(findings);
        unscanned = List.copyOf(unscanned);
        secrets = List.copyOf(secrets);
        warnings = List.copyOf(warnings);
    }

    /** Findings not accepted by the ignore file. */
    public List<VulnerabilityFinding> active() {
        return findings.stream().filter(f -> !f.isIgnored()).toList();
    }

    /** Active findings at or above the threshold: what makes {@code --fail-on} fail. */
    public List<VulnerabilityFinding> atOrAbove(Severity threshold) {
        return active().stream().filter(f -> f.reaches(threshold)).toList();
    }

    public long count(CvssSeverity severity) {
        return active().stream().filter(f -> f.severity() == severity).count();
    }
}
