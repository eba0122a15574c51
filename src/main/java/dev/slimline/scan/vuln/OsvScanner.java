package dev.slimline.scan.vuln;

import dev.slimline.scan.catalog.Catalog;
import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.catalog.OsRelease;
import dev.slimline.scan.osv.Advisory;
import dev.slimline.scan.osv.MatchResult;
import dev.slimline.scan.osv.OsvDatabase;
import dev.slimline.scan.osv.PackageCoordinate;
import dev.slimline.scan.osv.SeverityRating;
import dev.slimline.scan.osv.SeverityResolver;
import dev.slimline.scan.version.InvalidVersionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches a catalog against the offline OSV database. OS packages are looked up by their source package in the
 * advisories of the image's own release ({@code Debian:12}), as trivy and grype do; language packages by name in
 * their ecosystem. A package whose version its ecosystem rejects is reported as unscanned, not guessed.
 */
public final class OsvScanner {

    private final OsvDatabase database;

    public OsvScanner(OsvDatabase database) {
        this.database = database;
    }

    /** Raw findings (no ignore rules applied) and the packages that could not be checked. */
    public record Matches(List<VulnerabilityFinding> findings, List<Unscanned> unscanned) {
    }

    public Matches match(Catalog catalog) {
        Optional<String> osEcosystem = catalog.os().flatMap(OsRelease::osvEcosystem);
        List<VulnerabilityFinding> findings = new ArrayList<>();
        List<Unscanned> unscanned = new ArrayList<>();
        for (CatalogedPackage pkg : catalog.packages()) {
            if (pkg.advisoryVersion() == null || pkg.advisoryVersion().isBlank()) {
                // a database entry without a version (hand-edited, corrupt) cannot be matched, only reported
                unscanned.add(unscanned(pkg, "no version recorded in the package database"));
                continue;
            }
            Optional<PackageCoordinate> coordinate = coordinate(pkg, osEcosystem);
            if (coordinate.isEmpty()) {
                unscanned.add(unscanned(pkg, catalog.os().map(os -> "no OSV advisories known for distribution '"
                        + (os.id() + " " + os.versionId()).strip() + "'").orElse("distribution unknown (no os-release)")));
                continue;
            }
            List<MatchResult> results;
            try {
                results = database.match(coordinate.get());
            } catch (InvalidVersionException e) {
                unscanned.add(unscanned(pkg, e.getMessage()));
                continue;
            }
            for (MatchResult result : results) {
                if (result instanceof MatchResult.Vulnerable v && !v.advisory().isWithdrawn()) {
                    findings.add(finding(pkg, v));
                } else if (result instanceof MatchResult.Undetermined u) {
                    unscanned.add(unscanned(pkg, u.advisory().id() + ": " + u.reason()));
                }
            }
        }
        return new Matches(findings, unscanned);
    }

    static Optional<PackageCoordinate> coordinate(CatalogedPackage pkg, Optional<String> osEcosystem) {
        String ecosystem;
        if (pkg.type().isOperatingSystem()) {
            if (osEcosystem.isEmpty()) {
                return Optional.empty();
            }
            ecosystem = osEcosystem.get();
        } else {
            ecosystem = pkg.type().ecosystem().osvName();
        }
        return Optional.of(new PackageCoordinate(ecosystem, pkg.ecosystemName(), pkg.sourceName(),
                pkg.advisoryVersion()));
    }

    private static VulnerabilityFinding finding(CatalogedPackage pkg, MatchResult.Vulnerable match) {
        Advisory advisory = match.advisory();
        SeverityRating rating = SeverityResolver.resolve(advisory, match.affected());
        return new VulnerabilityFinding(advisory.id(), advisory.aliases(), advisory.summary() == null ? "" : advisory.summary(),
                rating.severity(), rating.score(), pkg.type().purlType(), pkg.ecosystemName(), pkg.version(),
                match.fixedVersion(), pkg.purl(), pkg.location(), Optional.empty());
    }

    private static Unscanned unscanned(CatalogedPackage pkg, String reason) {
        return new Unscanned(pkg.type().purlType(), pkg.ecosystemName(), pkg.version(), pkg.location(), reason);
    }
}
