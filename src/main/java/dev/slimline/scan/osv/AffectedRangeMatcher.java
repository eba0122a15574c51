package dev.slimline.scan.osv;

import dev.slimline.SlimlineException;
import dev.slimline.scan.version.Ecosystem;
import dev.slimline.scan.version.InvalidVersionException;
import dev.slimline.scan.version.VersionComparator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an advisory affects a package version, with the evaluation the OSV schema specifies
 * ("Evaluation" under {@code affected[].ranges}): a version listed in {@code versions} is affected; otherwise, per
 * SEMVER or ECOSYSTEM range, events are sorted by the range's version ordering ({@code introduced: "0"} first),
 * walked in order ({@code introduced} at or below the version opens, {@code fixed} at or below closes,
 * {@code last_affected} strictly below closes), and {@code limit} events cap the range. GIT ranges name commits and
 * are skipped. Withdrawn advisories affect nothing.
 */
public final class AffectedRangeMatcher {

    /** Convenience for an ecosystem without releases; see {@link #match} for distributions. */
    public boolean isAffected(Advisory advisory, Ecosystem ecosystem, String name, String version) {
        return match(advisory, PackageCoordinate.of(ecosystem.osvName(), name, version))
                instanceof MatchResult.Vulnerable;
    }

    /**
     * Matches one advisory against one package. Throws {@link InvalidVersionException} when the package's own
     * version is invalid in its ecosystem; an advisory with versions that cannot be evaluated gives
     * {@link MatchResult.Undetermined}.
     */
    public MatchResult match(Advisory advisory, PackageCoordinate pkg) {
        if (advisory.isWithdrawn()) {
            return new MatchResult.NotVulnerable();
        }
        Ecosystem ecosystem = pkg.baseEcosystem().orElseThrow(() -> SlimlineException.badInput(
                "unsupported ecosystem '" + pkg.ecosystem() + "' for " + pkg.name()));
        VersionComparator ecosystemOrder = ecosystem.comparator();
        ecosystemOrder.validate(pkg.version());
        List<String> wantedNames = pkg.advisoryNames();
        String undetermined = null;
        for (Affected affected : advisory.affected()) {
            if (!OsEcosystems.covers(pkg.ecosystem(), affected.pkg().ecosystem())
                    || !wantedNames.contains(PackageCoordinate.normalizeName(pkg.ecosystem(), affected.pkg().name()))) {
                continue;
            }
            if (listsVersion(affected, pkg.version(), ecosystemOrder)) {
                Optional<String> fixed = firstFixedAbove(affected, pkg.version(), ecosystemOrder);
                return new MatchResult.Vulnerable(advisory, affected, fixed);
            }
            for (Range range : affected.ranges()) {
                if (range.type() == Range.Type.GIT) {
                    continue;
                }
                try {
                    Optional<Optional<String>> hit = evaluate(range, pkg.version(), orderFor(range, ecosystemOrder));
                    if (hit.isPresent()) {
                        return new MatchResult.Vulnerable(advisory, affected, hit.get());
                    }
                } catch (InvalidVersionException e) {
                    undetermined = e.getMessage();
                }
            }
        }
        return undetermined == null
                ? new MatchResult.NotVulnerable()
                : new MatchResult.Undetermined(advisory, undetermined);
    }

    /** Enumerated versions match by string (as the schema says) or by equal ordering (1.0 == 1.0.0 in PyPI). */
    private static boolean listsVersion(Affected affected, String version, VersionComparator order) {
        for (String listed : affected.versions()) {
            if (listed.equals(version) || (order.isValid(listed) && order.compare(listed, version) == 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Empty when {@code version} is not in the range; otherwise the fixed version that closes the affected
     * interval containing it, if there is one.
     */
    static Optional<Optional<String>> evaluate(Range range, String version, VersionComparator order) {
        if (!beforeLimits(range, version, order)) {
            return Optional.empty();
        }
        List<Event> sorted = new ArrayList<>();
        for (Event event : range.events()) {
            if (event.kind() != Event.Kind.LIMIT) {
                sorted.add(event);
            }
        }
        sorted.sort(Comparator.comparing(Event::version, zeroFirst(order)));
        boolean vulnerable = false;
        for (Event event : sorted) {
            String at = event.version();
            switch (event.kind()) {
                case INTRODUCED -> {
                    if (at.equals("0") || order.compare(version, at) >= 0) {
                        vulnerable = true;
                    }
                }
                case FIXED -> {
                    if (order.compare(version, at) >= 0) {
                        vulnerable = false;
                    }
                }
                case LAST_AFFECTED -> {
                    if (order.compare(version, at) > 0) {
                        vulnerable = false;
                    }
                }
                case LIMIT -> throw new IllegalStateException("limit events are filtered out above");
            }
        }
        if (!vulnerable) {
            return Optional.empty();
        }
        return Optional.of(sorted.stream()
                .filter(e -> e.kind() == Event.Kind.FIXED && order.compare(e.version(), version) > 0)
                .map(Event::version)
                .findFirst());
    }

    /** No limit means no cap; otherwise the version must be below some limit ({@code *} is unbounded). */
    private static boolean beforeLimits(Range range, String version, VersionComparator order) {
        List<String> limits = range.events().stream()
                .filter(e -> e.kind() == Event.Kind.LIMIT).map(Event::version).toList();
        if (limits.isEmpty()) {
            return true;
        }
        return limits.stream().anyMatch(limit -> limit.equals("*") || order.compare(version, limit) < 0);
    }

    /** SEMVER ranges use SemVer precedence whatever the ecosystem; ECOSYSTEM ranges the ecosystem's own. */
    private static VersionComparator orderFor(Range range, VersionComparator ecosystemOrder) {
        return range.type() == Range.Type.SEMVER ? VersionComparator.semver() : ecosystemOrder;
    }

    /** OSV's {@code "0"} means "before every version" and need not be a valid version of the ecosystem. */
    private static Comparator<String> zeroFirst(VersionComparator order) {
        return (a, b) -> {
            if (a.equals("0") || b.equals("0")) {
                return Boolean.compare(!a.equals("0"), !b.equals("0"));
            }
            return order.compare(a, b);
        };
    }

    private static Optional<String> firstFixedAbove(Affected affected, String version, VersionComparator order) {
        for (Range range : affected.ranges()) {
            if (range.type() == Range.Type.GIT) {
                continue;
            }
            try {
                Optional<Optional<String>> hit = evaluate(range, version, orderFor(range, order));
                if (hit.isPresent() && hit.get().isPresent()) {
                    return hit.get();
                }
            } catch (InvalidVersionException e) {
                // An unreadable range cannot name a fix; the version is affected by its listing regardless.
            }
        }
        return Optional.empty();
    }
}
