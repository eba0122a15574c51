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

    /** {@code 3.19.1} -> {@code Alpine:v3.19}. */
    public static String alpine(String versionId) {
        Matcher m = ALPINE_RELEASE.matcher(versionId.strip());
        if (!m.matches()) {
            throw SlimlineException.badInput("unrecognised Alpine VERSION_ID '" + versionId + "'");
        }
        return "Alpine:v" + m.group(1) + "." + m.group(2);
    }
}
