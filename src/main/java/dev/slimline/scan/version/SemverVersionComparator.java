package dev.slimline.scan.version;

import com.github.zafarkhaja.semver.ParseException;
import com.github.zafarkhaja.semver.Version;

/**
 * SemVer 2.0.0 precedence (semver.org §11, build metadata ignored), for npm and Go. Both accept an optional leading
 * {@code v}: npm's own parser strips it, Go module versions always carry it while OSV's Go records leave it out.
 * Go pseudo-versions ({@code v0.0.0-20191109021931-daa7c04131f5}) are ordinary pre-releases and sort as such.
 */
final class SemverVersionComparator implements VersionComparator {

    /** Shared instance for OSV's SEMVER range type, whatever the ecosystem. */
    static final SemverVersionComparator SEMVER = new SemverVersionComparator("SemVer");

    private final String scheme;

    SemverVersionComparator(Ecosystem ecosystem) {
        this(ecosystem.osvName());
    }

    private SemverVersionComparator(String scheme) {
        this.scheme = scheme;
    }

    @Override
    public int compare(String a, String b) {
        return Integer.signum(parse(a).compareToIgnoreBuildMetadata(parse(b)));
    }

    @Override
    public void validate(String version) {
        parse(version);
    }

    private Version parse(String version) {
        String text = VersionText.requireText(scheme, version);
        if (text.startsWith("v")) {
            text = text.substring(1);
        }
        try {
            return Version.parse(text, true);
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidVersionException(scheme, version, "not SemVer 2.0.0 (MAJOR.MINOR.PATCH[-pre][+build])");
        }
    }
}
