package dev.slimline.scan.osv;

import dev.slimline.scan.version.Ecosystem;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An installed package as the matcher needs it. {@code ecosystem} is the OSV ecosystem string, with the release for
 * distributions ({@code Debian:12}, {@code Alpine:v3.19}; see {@link OsEcosystems}). {@code sourceName} is the source
 * package of a distribution package ({@code openssl} for {@code libssl3}), or null when it is the same as the name
 * or the ecosystem has none.
 */
public record PackageCoordinate(String ecosystem, String name, String sourceName, String version) {

    public PackageCoordinate {
        requireText(ecosystem, "ecosystem");
        requireText(name, "name");
        requireText(version, "version");
        if (sourceName != null && sourceName.isBlank()) {
            sourceName = null;
        }
    }

    public static PackageCoordinate of(String ecosystem, String name, String version) {
        return new PackageCoordinate(ecosystem, name, null, version);
    }

    public Optional<Ecosystem> baseEcosystem() {
        return Ecosystem.fromOsv(ecosystem);
    }

    /**
     * The names advisories may use for this package: Debian and Alpine publish advisories per source package, so
     * their packages are looked up by source name (as trivy and grype do); RPM distributions' errata list binary
     * packages as often as source ones, so both are looked up; PyPI names are compared normalised (PEP 503).
     */
    public List<String> advisoryNames() {
        Optional<Ecosystem> os = baseEcosystem().filter(Ecosystem::isOperatingSystem);
        if (os.isPresent() && sourceName != null) {
            return os.get().advisoriesNameBinaryPackages() && !sourceName.equals(name)
                    ? List.of(sourceName, name) : List.of(sourceName);
        }
        return List.of(normalizeName(ecosystem, name));
    }

    /** The key under which an advisory's package name is compared: PEP 503 for PyPI, as written otherwise. */
    public static String normalizeName(String osvEcosystem, String name) {
        if (Ecosystem.fromOsv(osvEcosystem).filter(e -> e == Ecosystem.PYPI).isPresent()) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
        }
        return name;
    }

    private static void requireText(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("package " + what + " is blank");
        }
    }
}
