package dev.slimline.scan.osv;

import java.util.List;
import java.util.Optional;

/** {@code affected[].ranges[]}: a sequence of events over one version ordering. */
public record Range(Type type, Optional<String> repo, List<Event> events) {

    public enum Type {
        /** SemVer 2.0.0 ordering whatever the ecosystem. */
        SEMVER,
        /** The ecosystem's own ordering (dpkg, PEP 440, ...). */
        ECOSYSTEM,
        /** Commit hashes; cannot be evaluated against a package version. */
        GIT
    }

    public Range {
        events = List.copyOf(events);
    }
}
