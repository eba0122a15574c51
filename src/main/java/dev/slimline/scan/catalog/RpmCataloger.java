package dev.slimline.scan.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RPM packages from rpm's database: SQLite ({@code rpmdb.sqlite}: RHEL/UBI 9, Fedora, Amazon Linux 2023, under
 * {@code var/lib/rpm} or, on newer Fedora, {@code usr/lib/sysimage/rpm}) or Berkeley DB ({@code var/lib/rpm/Packages}:
 * RHEL/UBI 8, CentOS 7, Amazon Linux 2). Each record is one installed package's header; the source package is the
 * name part of its {@code SOURCERPM}.
 */
public final class RpmCataloger {

    private static final List<String> SQLITE_DATABASES = List.of("var/lib/rpm/rpmdb.sqlite",
            "usr/lib/sysimage/rpm/rpmdb.sqlite");
    /** Berkeley DB, before rpm 4.16: RHEL/UBI 8, CentOS 7, Amazon Linux 2. */
    private static final String BERKELEY_DATABASE = "var/lib/rpm/Packages";
    private static final String SOURCE_SUFFIX = ".src.rpm";

    private RpmCataloger() {
    }

    static boolean isDatabase(String path) {
        return SQLITE_DATABASES.contains(path) || path.equals(BERKELEY_DATABASE);
    }

    /** The packages, or none when the file is not a readable database (a corrupt file is not guessed at). */
    static List<CatalogedPackage> parse(String location, byte[] content, OsRelease os) {
        List<byte[]> headers;
        try {
            headers = location.endsWith("/" + BERKELEY_DATABASE) ? BerkeleyDbHash.values(content)
                    : sqliteHeaders(content);
        } catch (CorruptDatabaseException | RuntimeException e) {
            return List.of();
        }
        List<CatalogedPackage> packages = new ArrayList<>();
        for (byte[] blob : headers) {
            RpmHeader.parse(blob).flatMap(h -> toPackage(h, location, os)).ifPresent(packages::add);
        }
        return packages;
    }

    /** The {@code Packages} table: an integer key and one header blob per row. */
    private static List<byte[]> sqliteHeaders(byte[] content) throws CorruptDatabaseException {
        List<byte[]> headers = new ArrayList<>();
        for (SqliteTable.Row row : SqliteTable.rows(content, "Packages")) {
            if (row.values().size() >= 2 && row.values().get(1) instanceof byte[] blob) {
                headers.add(blob);
            }
        }
        return headers;
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
