package dev.slimline.scan.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian packages from dpkg's database: {@code var/lib/dpkg/status}, and the one-stanza-per-file
 * {@code var/lib/dpkg/status.d/NAME} that distroless images carry instead.
 */
final class DpkgCataloger {

    static final String STATUS = "var/lib/dpkg/status";
    static final String STATUS_DIR = "var/lib/dpkg/status.d/";
    /** {@code Source: openssl (3.0.11-1~deb12u2)}: name and optional version. */
    private static final Pattern SOURCE = Pattern.compile("(\\S+)(?:\\s*\\((\\S+)\\))?");

    private DpkgCataloger() {
    }

    static boolean isDatabase(String path) {
        return path.equals(STATUS) || (path.startsWith(STATUS_DIR) && path.indexOf('/', STATUS_DIR.length()) < 0
                && !path.endsWith(".md5sums"));
    }

    static List<CatalogedPackage> parse(String location, byte[] content, OsRelease os) {
        List<CatalogedPackage> packages = new ArrayList<>();
        for (Map<String, String> stanza : Stanzas.parse(content)) {
            String name = stanza.get("Package");
            String version = stanza.get("Version");
            String status = stanza.get("Status");
            // status.d stanzas have no Status: their presence means installed.
            if (name == null || version == null || (status != null && !status.endsWith(" installed"))) {
                continue;
            }
            String arch = stanza.get("Architecture");
            String sourceName = null;
            String sourceVersion = null;
            String source = stanza.get("Source");
            if (source != null) {
                Matcher m = SOURCE.matcher(source);
                if (m.matches()) {
                    sourceName = m.group(1);
                    sourceVersion = m.group(2);
                }
            }
            Map<String, String> qualifiers = new LinkedHashMap<>();
            qualifiers.put("arch", arch);
            qualifiers.put("distro", os.distroQualifier());
            if (sourceName != null && !sourceName.equals(name)) {
                qualifiers.put("upstream", sourceVersion == null ? sourceName : sourceName + "@" + sourceVersion);
            }
            String namespace = os.id().isEmpty() ? "debian" : os.id();
            packages.add(new CatalogedPackage(PackageType.DEB, null, name, version,
                    sourceName == null ? name : sourceName, sourceVersion, arch, location,
                    Purl.of("deb", namespace, name, version, qualifiers)));
        }
        return packages;
    }
}
