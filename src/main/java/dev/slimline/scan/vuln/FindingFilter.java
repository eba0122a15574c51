package dev.slimline.scan.vuln;

import dev.slimline.scan.ignore.IgnoreEntry;
import dev.slimline.scan.ignore.IgnoreList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the user asked to leave out or accept: {@code --ignore-unfixed} drops findings with no fix published; the
 * ignore file marks accepted ones (kept in the report, not counted by {@code --fail-on}). Applied the same way to
 * slimline's own findings and to other scanners'.
 */
public record FindingFilter(boolean ignoreUnfixed, IgnoreList ignores, LocalDate today) {

    /** Most severe first, then by package and id, so reports read the same every run. */
    public static final Comparator<VulnerabilityFinding> ORDER = Comparator.comparing(VulnerabilityFinding::severity).reversed()
            .thenComparing(VulnerabilityFinding::packageName).thenComparing(VulnerabilityFinding::id).thenComparing(VulnerabilityFinding::installed);

    public List<VulnerabilityFinding> apply(List<VulnerabilityFinding> findings) {
        List<VulnerabilityFinding> kept = new ArrayList<>();
        for (VulnerabilityFinding finding : findings) {
            if (ignoreUnfixed && finding.fixedVersion().isEmpty()) {
                continue;
            }
            Optional<IgnoreEntry> entry = ignores.activeFor(finding.idAndAliases(), today);
            kept.add(entry.map(e -> finding.ignored(e.reason())).orElse(finding));
        }
        kept.sort(ORDER);
        return kept;
    }

    /** Expired ignore entries as warnings naming where they are. */
    public List<String> warnings() {
        return ignores.expired(today).stream()
                .map(e -> (e.location() == null ? "" : e.location() + ": ") + "ignore entry for " + e.id()
                        + " expired on " + e.expires().orElseThrow() + "; it no longer applies")
                .toList();
    }
}
