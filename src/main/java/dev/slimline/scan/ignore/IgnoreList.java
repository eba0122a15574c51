package dev.slimline.scan.ignore;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The entries of an ignore file, asked per advisory with today's date. */
public record IgnoreList(List<IgnoreEntry> entries) {

    public IgnoreList {
        entries = List.copyOf(entries);
    }

    public static IgnoreList empty() {
        return new IgnoreList(List.of());
    }

    /** The unexpired entry that names this advisory (by id or alias), if any. */
    public Optional<IgnoreEntry> activeFor(Collection<String> idAndAliases, LocalDate today) {
        return entries.stream().filter(e -> !e.isExpired(today) && e.names(idAndAliases)).findFirst();
    }

    /** Entries whose expiry has passed: they no longer apply and should be reported. */
    public List<IgnoreEntry> expired(LocalDate today) {
        return entries.stream().filter(e -> e.isExpired(today)).toList();
    }
}
