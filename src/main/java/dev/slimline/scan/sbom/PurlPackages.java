package dev.slimline.scan.sbom;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.slimline.scan.catalog.CatalogedPackage;
import dev.slimline.scan.catalog.OsRelease;
import dev.slimline.scan.catalog.PackageType;
import dev.slimline.scan.catalog.RpmCataloger;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an SBOM's purl back into the package a cataloger would have found: the purl type picks the ecosystem, the
 * {@code upstream} qualifier of deb/apk purls gives the source package advisories are written against, and the
 * {@code distro} qualifier the release.
 */
final class PurlPackages {

    private PurlPackages() {
    }

    /** Thrown for a purl that does not parse. */
    static final class BadPurlException extends Exception {
        BadPurlException(String message) {
            super(message);
        }
    }

    /** The package, or empty when slimline has no ecosystem for the purl's type. */
    static Optional<CatalogedPackage> toPackage(String purl, String location) throws BadPurlException {
        PackageURL parsed;
        try {
            parsed = new PackageURL(purl);
        } catch (MalformedPackageURLException e) {
            throw new BadPurlException("not a package URL: " + e.getMessage());
        }
        Optional<PackageType> type = Arrays.stream(PackageType.values())
                .filter(t -> t.purlType().equals(parsed.getType())).findFirst();
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (parsed.getVersion() == null || parsed.getVersion().isEmpty()) {
            throw new BadPurlException("purl has no version: " + purl);
        }
        Map<String, String> qualifiers = parsed.getQualifiers() == null ? Map.of() : parsed.getQualifiers();
        String name = parsed.getName();
        String version = parsed.getVersion();
        if (!type.get().isOperatingSystem()) {
            return Optional.of(new CatalogedPackage(type.get(), parsed.getNamespace(), name, version, null, null, null,
                    location, purl));
        }
        if (type.get() == PackageType.RPM) {
            // the purl's version is version-release; epoch and source rpm are qualifiers (as syft and trivy write)
            String epoch = qualifiers.get("epoch");
            String sourceName = Optional.ofNullable(qualifiers.get("upstream")).flatMap(RpmCataloger::sourceName)
                    .orElse(name);
            return Optional.of(new CatalogedPackage(type.get(), null, name,
                    epoch == null || epoch.isEmpty() ? version : epoch + ":" + version, sourceName, null,
                    qualifiers.get("arch"), location, purl));
        }
        // upstream is "source" or "source@version" (the latter only when the source version differs: binNMUs)
        String upstream = qualifiers.getOrDefault("upstream", name);
        int at = upstream.indexOf('@');
        String sourceName = at < 0 ? upstream : upstream.substring(0, at);
        String sourceVersion = at < 0 ? null : upstream.substring(at + 1);
        return Optional.of(new CatalogedPackage(type.get(), null, name, version, sourceName, sourceVersion,
                qualifiers.get("arch"), location, purl));
    }

    /** The release a purl's {@code distro} qualifier names ({@code debian-12}, {@code alpine-3.19.1}). */
    static Optional<OsRelease> distro(String purl) {
        try {
            Map<String, String> qualifiers = new PackageURL(purl).getQualifiers();
            String distro = qualifiers == null ? null : qualifiers.get("distro");
            if (distro == null || distro.isEmpty()) {
                return Optional.empty();
            }
            int dash = distro.indexOf('-');
            return Optional.of(dash < 0 ? new OsRelease(distro, "", "")
                    : new OsRelease(distro.substring(0, dash), distro.substring(dash + 1), ""));
        } catch (MalformedPackageURLException e) {
            return Optional.empty();
        }
    }
}
