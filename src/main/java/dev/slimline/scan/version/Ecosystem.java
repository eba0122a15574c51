package dev.slimline.scan.version;

import io.github.nscuro.versatile.version.KnownVersioningSchemes;
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
    ALPINE("Alpine", true, ApkVersionComparator::new),
    PYPI("PyPI", false, e -> new Pep440VersionComparator()),
    NPM("npm", false, SemverVersionComparator::new),
    MAVEN("Maven", false, e -> new MavenVersionComparator()),
    GO("Go", false, SemverVersionComparator::new),
    // Hand-written above: the differential test shows versatile 0.18 departs from apk's and PEP 440's published
    // orderings and accepts versions dpkg and SemVer reject. Below, versatile's schemes agree with their references.
    RED_HAT("Red Hat", true, e -> new VersatileVersionComparator(e, KnownVersioningSchemes.SCHEME_RPM)),
    ALMALINUX("AlmaLinux", true, e -> new VersatileVersionComparator(e, KnownVersioningSchemes.SCHEME_RPM)),
    ROCKY("Rocky Linux", true, e -> new VersatileVersionComparator(e, KnownVersioningSchemes.SCHEME_RPM)),
    WOLFI("Wolfi", true, ApkVersionComparator::new),
    RUBYGEMS("RubyGems", false, e -> new GemVersionComparator()),
    CRATES_IO("crates.io", false, SemverVersionComparator::new),
    NUGET("NuGet", false, e -> new VersatileVersionComparator(e, KnownVersioningSchemes.SCHEME_NUGET)),
    PACKAGIST("Packagist", false, e -> new VersatileVersionComparator(e, KnownVersioningSchemes.SCHEME_COMPOSER));

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

    /** RPM distributions: their errata name the binary packages they fix, not only the source package. */
    public boolean advisoriesNameBinaryPackages() {
        return this == RED_HAT || this == ALMALINUX || this == ROCKY;
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
