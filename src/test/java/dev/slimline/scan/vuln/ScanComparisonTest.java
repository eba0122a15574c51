package dev.slimline.scan.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.SourceLocation;
import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.catalog.PackageType;
import dev.slimline.Severity;
import dev.slimline.scan.cvss.CvssSeverity;
import dev.slimline.scan.ignore.IgnoreEntry;
import dev.slimline.scan.ignore.IgnoreList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScanComparisonTest {

    private static CatalogedPackage deb(String name, String version) {
        return new CatalogedPackage(PackageType.DEB, null, name, version, name, null, "amd64", "/var/lib/dpkg/status",
                "pkg:deb/debian/" + name + "@" + version);
    }

    private static VulnerabilityFinding finding(String id, String pkg, String installed, CvssSeverity severity, String fixed) {
        return new VulnerabilityFinding(id, List.of("CVE-" + id), "", severity, Optional.empty(), "deb", pkg, installed,
                Optional.ofNullable(fixed), "pkg:deb/debian/" + pkg + "@" + installed, "/var/lib/dpkg/status",
                Optional.empty());
    }

    private static ScanResult result(List<CatalogedPackage> packages, List<VulnerabilityFinding> findings) {
        return new ScanResult("img", "slimline", Optional.of("debian 12"), packages, findings, List.of(), List.of(),
                List.of());
    }

    @Test
    void packagesAndFindingsAddedRemovedAndKept() {
        ScanResult before = result(List.of(deb("libc6", "2.36-9"), deb("libxml2", "2.9.14"), deb("gcc-12", "12.2.0-14")),
                List.of(finding("DSA-1", "libxml2", "2.9.14", CvssSeverity.HIGH, "2.9.15"),
                        finding("DSA-2", "glibc", "2.36-9", CvssSeverity.MEDIUM, "2.36-10")));
        ScanResult after = result(List.of(deb("libc6", "2.36-9"), deb("zlib1g", "1:1.2.13")),
                List.of(finding("DSA-2", "glibc", "2.36-9", CvssSeverity.MEDIUM, "2.36-10")));

        ScanComparison comparison = ScanComparison.of(before, after);

        assertThat(comparison.packagesRemoved()).extracting(CatalogedPackage::name).containsExactly("libxml2", "gcc-12");
        assertThat(comparison.packagesAdded()).extracting(CatalogedPackage::name).containsExactly("zlib1g");
        assertThat(comparison.findingsRemoved()).extracting(VulnerabilityFinding::id).containsExactly("DSA-1");
        assertThat(comparison.findingsUnchanged()).extracting(VulnerabilityFinding::id).containsExactly("DSA-2");
        assertThat(comparison.findingsAdded()).isEmpty();
        assertThat(comparison.introducesNoVulnerability()).isTrue();

        ScanComparison reversed = ScanComparison.of(after, before);
        assertThat(reversed.findingsAdded()).extracting(VulnerabilityFinding::id).containsExactly("DSA-1");
        assertThat(reversed.introducesNoVulnerability()).isFalse();
    }

    @Test
    void aNewVersionOfAPackageIsAnAddedAndARemovedPackage() {
        ScanComparison comparison = ScanComparison.of(result(List.of(deb("libc6", "2.36-9")), List.of()),
                result(List.of(deb("libc6", "2.36-9+deb12u4")), List.of()));
        assertThat(comparison.packagesAdded()).extracting(CatalogedPackage::version).containsExactly("2.36-9+deb12u4");
        assertThat(comparison.packagesRemoved()).extracting(CatalogedPackage::version).containsExactly("2.36-9");
    }

    @Test
    void ignoredFindingsDoNotCountAsIntroduced() {
        VulnerabilityFinding accepted = finding("DSA-3", "openssl", "3.0.11", CvssSeverity.CRITICAL, "3.0.13")
                .ignored("not reachable");
        ScanComparison comparison = ScanComparison.of(result(List.of(), List.of()), result(List.of(), List.of(accepted)));
        assertThat(comparison.introducesNoVulnerability()).isTrue();
    }

    @Test
    void filterDropsUnfixedWhenAskedMarksIgnoredByAliasAndSortsMostSevereFirst() {
        LocalDate today = LocalDate.of(2026, 1, 10);
        IgnoreList ignores = new IgnoreList(List.of(
                new IgnoreEntry("CVE-DSA-2", "only in the build stage", Optional.of(LocalDate.of(2026, 6, 1)),
                        new SourceLocation(Path.of(".slimline-ignore.yaml"), 2, 5)),
                new IgnoreEntry("DSA-4", "expired acceptance", Optional.of(LocalDate.of(2026, 1, 9)),
                        new SourceLocation(Path.of(".slimline-ignore.yaml"), 5, 5))));
        List<VulnerabilityFinding> raw = List.of(finding("DSA-1", "zlib", "1.2", CvssSeverity.LOW, "1.3"),
                finding("DSA-2", "glibc", "2.36", CvssSeverity.HIGH, "2.37"),
                finding("DSA-3", "perl", "5.36", CvssSeverity.CRITICAL, null),
                finding("DSA-4", "curl", "7.88", CvssSeverity.MEDIUM, "7.89"));

        FindingFilter all = new FindingFilter(false, ignores, today);
        assertThat(all.apply(raw)).extracting(VulnerabilityFinding::id).containsExactly("DSA-3", "DSA-2", "DSA-4", "DSA-1");
        assertThat(all.apply(raw).get(1).ignoredBecause()).hasValue("only in the build stage");
        assertThat(all.apply(raw).get(2).isIgnored()).isFalse();
        assertThat(all.warnings()).containsExactly(
                ".slimline-ignore.yaml:5:5: ignore entry for DSA-4 expired on 2026-01-09; it no longer applies");

        ScanResult fixedOnly = result(List.of(), new FindingFilter(true, ignores, today).apply(raw));
        assertThat(fixedOnly.findings()).extracting(VulnerabilityFinding::id).containsExactly("DSA-2", "DSA-4", "DSA-1");
        assertThat(fixedOnly.atOrAbove(Severity.HIGH)).isEmpty();
        assertThat(fixedOnly.atOrAbove(Severity.MEDIUM)).extracting(VulnerabilityFinding::id).containsExactly("DSA-4");
    }

    @Test
    void thresholdsReadTheOneScaleUnratedAndNoneTripOnlyInfo() {
        ScanResult result = result(List.of(), List.of(finding("DSA-5", "tar", "1.34", CvssSeverity.UNKNOWN, null),
                finding("DSA-6", "gzip", "1.12", CvssSeverity.NONE, null),
                finding("DSA-7", "bash", "5.2", CvssSeverity.LOW, null)));
        assertThat(result.atOrAbove(Severity.INFO)).extracting(VulnerabilityFinding::id)
                .containsExactly("DSA-5", "DSA-6", "DSA-7");
        assertThat(result.atOrAbove(Severity.LOW)).extracting(VulnerabilityFinding::id).containsExactly("DSA-7");
        assertThat(result.atOrAbove(Severity.MEDIUM)).isEmpty();
    }
}
