package dev.slimline.scan.version;

import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * Maven ordering through Maven's own {@link ComparableVersion}, the reference implementation: any non-blank token
 * sequence is a version there, so only blanks and whitespace are rejected.
 */
final class MavenVersionComparator implements VersionComparator {

    @Override
    public int compare(String a, String b) {
        validate(a);
        validate(b);
        return Integer.signum(new ComparableVersion(a.strip()).compareTo(new ComparableVersion(b.strip())));
    }

    @Override
    public void validate(String version) {
        if (VersionText.requireText(Ecosystem.MAVEN.osvName(), version).chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidVersionException(Ecosystem.MAVEN, version, "contains whitespace");
        }
    }
}
