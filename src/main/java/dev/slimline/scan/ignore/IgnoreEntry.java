package dev.slimline.scan.ignore;

import dev.slimline.SourceLocation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * One accepted vulnerability: its id (or an alias: CVE, GHSA, DSA ...), why it is accepted, and until when. The
 * expiry day is inclusive; after it the entry stops applying and is reported, so an acceptance is reviewed rather
 * than forgotten. {@code location} points at the entry in the ignore file for reports.
 */
public record IgnoreEntry(String id, String reason, Optional<LocalDate> expires, SourceLocation location) {

    public boolean isExpired(LocalDate today) {
        return expires.filter(today::isAfter).isPresent();
    }

    /** Whether the entry names this advisory, by its id or any alias; ids compare case-insensitively. */
    public boolean names(Collection<String> idAndAliases) {
        return idAndAliases.stream().anyMatch(id::equalsIgnoreCase);
    }
}
