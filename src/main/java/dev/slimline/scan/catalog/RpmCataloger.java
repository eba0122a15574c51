package dev.slimline.scan.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RPM packages from rpm's SQLite database ({@code rpmdb.sqlite}: RHEL/UBI 9, Fedora, Amazon Linux 2023, under
 * {@code var/lib/rpm} or, on newer Fedora, {@code usr/lib/sysimage/rpm}). Each row of its {@code Packages} table
 * is one installed package's header; the source package is the name part of its {@code SOURCERPM}.
 */
public final class RpmCataloger {

    private static final List<String> DATABASES = List.of("var/lib/rpm/rpmdb.sqlite",
            "usr/lib/sysimage/rpm/rpmdb.sqlite");
    private static final String SOURCE_SUFFIX = ".src.rpm";

    private RpmCataloger() {
    }

    static boolean isDatabase(String path) {
        return DATABASES.contains(path);
    }

    /** The packages, or none when the file is not a readable database (a corrupt file is not guessed at). */
    static List<CatalogedPackage> parse(String location, byte[] content, OsRelease os) {
        List<SqliteTable.Row> rows;
        try {
            rows = SqliteTable.rows(content, "Packages");
        } catch (SqliteTable.CorruptException | RuntimeException e) {
            return List.of();
        }
        List<CatalogedPackage> packages = new ArrayList<>();
        for (SqliteTable.Row row : rows) {
            if (row.values().size() >= 2 && row.values().get(1) instanceof byte[] blob) {
                RpmHeader.parse(blob).flatMap(h -> toPackage(h, location, os)).ifPresent(packages::add);
            }
        }
        return packages;
    }

    private static Optional<CatalogedPackage> toPackage(RpmHeader header, String location, OsRelease os) {
        Optional<String> name = header.string(RpmHeader.NAME);
        Optional<String> version = header.string(RpmHeader.VERSION);
        // gpg-pubkey entries are keys rpm imported, not packages
        if (name.isEmpty() || version.isEmpty() || name.get().equals("gpg-pubkey")) {
            return Optional.empty();
        }
        String evr = version.get() + header.string(RpmHeader.RELEASE).map(r -> "-" + r).orElse("");
        Optional<Long> epoch = header.integer(RpmHeader.EPOCH);
        String arch = header.string(RpmHeader.ARCH).orElse(null);
        Optional<String> sourceRpm = header.string(RpmHeader.SOURCERPM);
        String sourceName = sourceRpm.flatMap(RpmCataloger::sourceName).orElse(name.get());
        Map<String, String> qualifiers = new LinkedHashMap<>();
        qualifiers.put("arch", arch);
        qualifiers.put("distro", os.distroQualifier());
        epoch.ifPresent(e -> qualifiers.put("epoch", e.toString()));
        sourceRpm.ifPresent(s -> qualifiers.put("upstream", s));
        // rpm compares epoch:version-release; a package without an epoch has none written (rpm reads it as 0)
        String epochVersion = epoch.map(e -> e + ":" + evr).orElse(evr);
        CatalogedPackage.Details details = CatalogedPackage.Details.licenses(
                header.string(RpmHeader.LICENSE).stream().toList());
        return Optional.of(new CatalogedPackage(PackageType.RPM, null, name.get(), epochVersion, sourceName, null, arch,
                location, Purl.of("rpm", os.id().isEmpty() ? null : os.id(), name.get(), evr, qualifiers), details));
    }

    /** {@code openssl-3.0.7-24.el9.src.rpm} -> {@code openssl}: the name is all before the last two dashes. */
    public static Optional<String> sourceName(String sourceRpm) {
        if (!sourceRpm.endsWith(SOURCE_SUFFIX)) {
            return Optional.empty();
        }
        String nvr = sourceRpm.substring(0, sourceRpm.length() - SOURCE_SUFFIX.length());
        int release = nvr.lastIndexOf('-');
        int version = release <= 0 ? -1 : nvr.lastIndexOf('-', release - 1);
        return version <= 0 ? Optional.empty() : Optional.of(nvr.substring(0, version));
    }
}
