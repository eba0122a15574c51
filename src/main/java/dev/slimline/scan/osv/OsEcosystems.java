package dev.slimline.scan.osv;

import dev.slimline.SlimlineException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OSV ecosystem strings of distribution releases, built from {@code /etc/os-release}'s {@code VERSION_ID}, so
 * catalogers and advisories agree on spelling.
 */
public final class OsEcosystems {

    private static final Pattern ALPINE_RELEASE = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.\\d+)*(?:_.*)?");
    private static final Pattern DEBIAN_RELEASE = Pattern.compile("(\\d+)(?:\\.\\d+)*");

    private static final Pattern MAJOR_RELEASE = Pattern.compile("(\\d+)(?:\\.\\d+)*");

    /** Wolfi is a rolling distribution: one ecosystem, no release. */
    public static final String WOLFI = "Wolfi";

    private OsEcosystems() {
    }

    /** {@code 12} or {@code 12.5} -> {@code Debian:12}. */
    public static String debian(String versionId) {
        Matcher m = DEBIAN_RELEASE.matcher(versionId.strip());
        if (!m.matches()) {
            throw SlimlineException.badInput("unrecognised Debian VERSION_ID '" + versionId + "'");
        }
        return "Debian:" + m.group(1);
    }

    /**
     * {@code 9.2} -> {@code Red Hat:enterprise_linux:9}. Red Hat files each advisory under the release's
     * repositories ({@code Red Hat:enterprise_linux:9::baseos}, {@code ::appstream}), all {@link #covers covered}.
     */
    public static String redHat(String versionId) {
        return "Red Hat:enterprise_linux:" + major("Red Hat", versionId);
    }

    /** {@code 9.3} -> {@code AlmaLinux:9}. */
    public static String almaLinux(String versionId) {
        return "AlmaLinux:" + major("AlmaLinux", versionId);
    }

    /** {@code 9.3} -> {@code Rocky Linux:9}. */
    public static String rockyLinux(String versionId) {
        return "Rocky Linux:" + major("Rocky Linux", versionId);
    }

    /**
     * Whether advisories filed under {@code advisoryEcosystem} apply to packages of {@code release}: the same
     * string, or one of the release's repositories after a colon ({@code Red Hat:enterprise_linux:9::baseos}).
     */
    public static boolean covers(String release, String advisoryEcosystem) {
        return advisoryEcosystem.equals(release) || (advisoryEcosystem.startsWith(release)
                && advisoryEcosystem.charAt(release.length()) == ':');
    }

    private static String major(String distribution, String versionId) {
        Matcher m = MAJOR_RELEASE.matcher(versionId.strip());
        if (!m.matches()) {
            throw SlimlineException.badInput("unrecognised " + distribution + " VERSION_ID '" + versionId + "'");
        }
        return m.group(1);
    }

    /** {@code 3.19.1} -> {@code Alpine:v3.19}. */
    public static String alpine(String versionId) {
        Matcher m = ALPINE_RELEASE.matcher(versionId.strip());
        if (!m.matches()) {
            throw SlimlineException.badInput("unrecognised Alpine VERSION_ID '" + versionId + "'");
        }
        return "Alpine:v" + m.group(1) + "." + m.group(2);
    }
}
