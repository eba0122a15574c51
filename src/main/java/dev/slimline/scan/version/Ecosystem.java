package dev.slimline.scan.version;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The package ecosystems slimline matches against OSV, each with its OSV name (also the folder of its archive in
 * the OSV bucket) and its version ordering. OS ecosystems carry a release after a colon in OSV
 * ({@code Debian:12}, {@code Alpine:v3.19}); {@link #fromOsv} maps those to their base ecosystem.
 */
public enum Ecosystem {
    DEBIAN("Debian", true, DpkgVersionComparator::new),
    UBUNTU("Ubuntu", true, DpkgVersionComparator::new),
    ALPINE("Alpine", true, e -> new ApkVersionComparator()),
    PYPI("PyPI", false, e -> new Pep440VersionComparator()),
    NPM("npm", false, SemverVersionComparator::new),
    MAVEN("Maven", false, e -> new MavenVersionComparator()),
    GO("Go", false, SemverVersionComparator::new);

    private final String osvName;
    private final boolean operatingSystem;
    private final VersionComparator comparator;

    Ecosystem(String osvName, boolean operatingSystem, Function<Ecosystem, VersionComparator> comparator) {
        this.osvName = osvName;
        this.operatingSystem = operatingSystem;
        this.comparator = comparator.apply(this);
    }

    /** The name OSV uses, e.g. {@code PyPI}; also the archive folder {@code <base>/PyPI/all.zip}. */
    public String osvName() {
        return osvName;
    }

    /**
     * Distribution ecosystems: their advisories are per release and name the source package, so binary packages
     * are matched through their source package, as trivy and grype do.
     */
    public boolean isOperatingSystem() {
        return operatingSystem;
    }

    public VersionComparator comparator() {
        return comparator;
    }

    /** {@code Debian:12} -> DEBIAN, {@code PyPI} -> PYPI; empty for ecosystems slimline does not know. */
    public static Optional<Ecosystem> fromOsv(String osvEcosystem) {
        if (osvEcosystem == null) {
            return Optional.empty();
        }
        int colon = osvEcosystem.indexOf(':');
        String base = colon < 0 ? osvEcosystem : osvEcosystem.substring(0, colon);
        return Arrays.stream(values()).filter(e -> e.osvName.equals(base)).findFirst();
    }

    /** Parses a user-typed name case-insensitively ({@code pypi}, {@code Debian}). */
    public static Optional<Ecosystem> fromUserInput(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.osvName.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
