package dev.slimline.scan.vuln;

import dev.slimline.scan.catalog.CatalogedPackage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two scans side by side (before and after slimming): packages and active vulnerabilities only in the new image
 * (added) and only in the old one (removed). A vulnerability is the same when its id and package name match, so a
 * fixed version of the same package counts as removed, not as unchanged.
 */
public record ScanComparison(ScanResult before, ScanResult after, List<CatalogedPackage> packagesAdded,
        List<CatalogedPackage> packagesRemoved, List<VulnerabilityFinding> findingsAdded, List<VulnerabilityFinding> findingsRemoved,
        List<VulnerabilityFinding> findingsUnchanged) {

    public static ScanComparison of(ScanResult before, ScanResult after) {
        Map<String, CatalogedPackage> oldPackages = byKey(before.packages());
        Map<String, CatalogedPackage> newPackages = byKey(after.packages());
        Map<String, VulnerabilityFinding> oldFindings = findings(before);
        Map<String, VulnerabilityFinding> newFindings = findings(after);
        return new ScanComparison(before, after,
                newPackages.entrySet().stream().filter(e -> !oldPackages.containsKey(e.getKey())).map(Map.Entry::getValue).toList(),
                oldPackages.entrySet().stream().filter(e -> !newPackages.containsKey(e.getKey())).map(Map.Entry::getValue).toList(),
                newFindings.entrySet().stream().filter(e -> !oldFindings.containsKey(e.getKey())).map(Map.Entry::getValue).toList(),
                oldFindings.entrySet().stream().filter(e -> !newFindings.containsKey(e.getKey())).map(Map.Entry::getValue).toList(),
                newFindings.entrySet().stream().filter(e -> oldFindings.containsKey(e.getKey())).map(Map.Entry::getValue).toList());
    }

    /** The story's check: the new image brings no vulnerability the old one did not have. */
    public boolean introducesNoVulnerability() {
        return findingsAdded.isEmpty();
    }

    private static Map<String, CatalogedPackage> byKey(List<CatalogedPackage> packages) {
        Map<String, CatalogedPackage> map = new LinkedHashMap<>();
        packages.forEach(p -> map.putIfAbsent(p.key(), p));
        return map;
    }

    private static Map<String, VulnerabilityFinding> findings(ScanResult result) {
        Map<String, VulnerabilityFinding> map = new LinkedHashMap<>();
        result.active().forEach(f -> map.putIfAbsent(f.key(), f));
        return map;
    }
}
