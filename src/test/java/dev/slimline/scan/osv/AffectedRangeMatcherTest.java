package dev.slimline.scan.osv;

import static dev.slimline.scan.osv.OsvFixtures.advisory;
import static dev.slimline.scan.osv.OsvFixtures.withRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.scan.version.Ecosystem;
import dev.slimline.scan.version.InvalidVersionException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AffectedRangeMatcherTest {

    private final AffectedRangeMatcher matcher = new AffectedRangeMatcher();

    private MatchResult match(Advisory advisory, String ecosystem, String name, String version) {
        return matcher.match(advisory, PackageCoordinate.of(ecosystem, name, version));
    }

    private Optional<String> fixedFor(Advisory advisory, String ecosystem, String name, String version) {
        MatchResult result = match(advisory, ecosystem, name, version);
        assertThat(result).as("%s %s", name, version).isInstanceOf(MatchResult.Vulnerable.class);
        return ((MatchResult.Vulnerable) result).fixedVersion();
    }

    @ParameterizedTest(name = "{0} affected={1} fixed={2}")
    @CsvSource({
            "0.0.1, true, 1.5.0", "0.9.9, true, 1.5.0", "1.4.9, true, 1.5.0", "1.5.0-rc.1, true, 1.5.0",
            "1.5.0, false, ", "1.9.0, false, ", "2.0.0-alpha, false, ", "2.0.0, true, 2.3.1", "2.3.0, true, 2.3.1",
            "2.3.1, false, ", "3.0.0, false, "})
    void eventsAreSortedThenWalked(String version, boolean affected, String fixed) {
        // Events deliberately out of order: the spec sorts them by version before walking.
        Advisory advisory = withRange("npm", "left-pad", "SEMVER", """
                [{"fixed": "2.3.1"}, {"introduced": "2.0.0"}, {"fixed": "1.5.0"}, {"introduced": "0"}]""");
        assertThat(matcher.isAffected(advisory, Ecosystem.NPM, "left-pad", version)).isEqualTo(affected);
        if (affected) {
            assertThat(fixedFor(advisory, "npm", "left-pad", version)).isEqualTo(Optional.ofNullable(fixed));
        }
    }

    @Test
    void lastAffectedIsInclusiveAndNamesNoFix() {
        Advisory advisory = withRange("npm", "a", "SEMVER", "[{\"introduced\": \"1.0.0\"}, {\"last_affected\": \"2.0.0\"}]");
        assertThat(matcher.isAffected(advisory, Ecosystem.NPM, "a", "0.9.0")).isFalse();
        assertThat(fixedFor(advisory, "npm", "a", "1.0.0")).isEmpty();
        assertThat(fixedFor(advisory, "npm", "a", "2.0.0")).isEmpty();
        assertThat(matcher.isAffected(advisory, Ecosystem.NPM, "a", "2.0.1")).isFalse();
    }

    @Test
    void limitCapsTheRange() {
        Advisory capped = withRange("npm", "a", "SEMVER", "[{\"introduced\": \"0\"}, {\"limit\": \"1.5.0\"}]");
        assertThat(matcher.isAffected(capped, Ecosystem.NPM, "a", "1.4.0")).isTrue();
        assertThat(matcher.isAffected(capped, Ecosystem.NPM, "a", "1.5.0")).isFalse();
        Advisory unbounded = withRange("npm", "a", "SEMVER", "[{\"introduced\": \"0\"}, {\"limit\": \"*\"}]");
        assertThat(matcher.isAffected(unbounded, Ecosystem.NPM, "a", "99.0.0")).isTrue();
    }

    @Test
    void debianMatchesBySourcePackageWithinTheRelease() {
        Advisory dsa = withRange("Debian:12", "openssl", "ECOSYSTEM",
                "[{\"introduced\": \"0\"}, {\"fixed\": \"3.0.11-1~deb12u2\"}]");
        PackageCoordinate libssl = new PackageCoordinate("Debian:12", "libssl3", "openssl", "3.0.11-1~deb12u1");
        MatchResult result = matcher.match(dsa, libssl);
        assertThat(result).isInstanceOfSatisfying(MatchResult.Vulnerable.class,
                v -> assertThat(v.fixedVersion()).contains("3.0.11-1~deb12u2"));
        assertThat(matcher.match(dsa, new PackageCoordinate("Debian:12", "libssl3", "openssl", "3.0.11-1~deb12u2")))
                .isInstanceOf(MatchResult.NotVulnerable.class);
        assertThat(matcher.match(dsa, new PackageCoordinate("Debian:11", "libssl3", "openssl", "3.0.11-1~deb12u1")))
                .as("another release's advisory").isInstanceOf(MatchResult.NotVulnerable.class);
        assertThat(matcher.match(dsa, PackageCoordinate.of("Debian:12", "libssl3", "3.0.11-1~deb12u1")))
                .as("binary name alone does not match a source advisory").isInstanceOf(MatchResult.NotVulnerable.class);
        assertThat(matcher.match(dsa, new PackageCoordinate("Debian:12", "openssl", null, "1:0.9")))
                .as("epoch 1 sorts after the fix").isInstanceOf(MatchResult.NotVulnerable.class);
    }

    @Test
    void alpineUsesApkOrdering() {
        Advisory advisory = withRange("Alpine:v3.19", "openssl", "ECOSYSTEM",
                "[{\"introduced\": \"0\"}, {\"fixed\": \"3.1.4-r1\"}]");
        PackageCoordinate installed = new PackageCoordinate("Alpine:v3.19", "libcrypto3", "openssl", "3.1.4-r0");
        assertThat(matcher.match(advisory, installed)).isInstanceOf(MatchResult.Vulnerable.class);
        assertThat(matcher.match(advisory, new PackageCoordinate("Alpine:v3.19", "libcrypto3", "openssl", "3.1.4-r10")))
                .isInstanceOf(MatchResult.NotVulnerable.class);
    }

    @Test
    void pypiNamesAreNormalisedAndVersionsCompareByPep440() {
        Advisory advisory = advisory("""
                {"id": "PYSEC-1", "affected": [{"package": {"ecosystem": "PyPI", "name": "Django_REST.framework"},
                 "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "4.2.1"}]}],
                 "versions": ["5.0"]}]}""");
        assertThat(fixedFor(advisory, "PyPI", "django-rest-framework", "4.2.1rc1")).contains("4.2.1");
        assertThat(matcher.isAffected(advisory, Ecosystem.PYPI, "Django-REST-Framework", "4.2.1.0")).isFalse();
        assertThat(fixedFor(advisory, "PyPI", "django_rest_framework", "5.0")).as("listed, no fix above").isEmpty();
    }

    @Test
    void enumeratedVersionsMatchEvenOutsideRanges() {
        Advisory advisory = advisory("""
                {"id": "PYSEC-2", "affected": [{"package": {"ecosystem": "PyPI", "name": "pkg"},
                 "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.0"}]}],
                 "versions": ["0.9", "2.0"]}]}""");
        assertThat(matcher.isAffected(advisory, Ecosystem.PYPI, "pkg", "2.0.0")).as("2.0.0 == listed 2.0").isTrue();
        assertThat(matcher.isAffected(advisory, Ecosystem.PYPI, "pkg", "1.5")).isFalse();
    }

    @Test
    void mavenUsesComparableVersion() {
        Advisory log4shell = withRange("Maven", "org.apache.logging.log4j:log4j-core", "ECOSYSTEM",
                "[{\"introduced\": \"2.0-beta9\"}, {\"fixed\": \"2.15.0\"}]");
        String name = "org.apache.logging.log4j:log4j-core";
        assertThat(fixedFor(log4shell, "Maven", name, "2.14.1")).contains("2.15.0");
        assertThat(matcher.isAffected(log4shell, Ecosystem.MAVEN, name, "2.0-beta8")).isFalse();
        assertThat(matcher.isAffected(log4shell, Ecosystem.MAVEN, name, "2.0")).isTrue();
        assertThat(matcher.isAffected(log4shell, Ecosystem.MAVEN, name, "2.15.0")).isFalse();
    }

    @Test
    void goPseudoVersionsAgainstSemverRanges() {
        Advisory advisory = withRange("Go", "golang.org/x/net", "SEMVER",
                "[{\"introduced\": \"0\"}, {\"fixed\": \"0.0.0-20220906165146-f3363e06e74c\"}]");
        assertThat(fixedFor(advisory, "Go", "golang.org/x/net", "v0.0.0-20220127200216-cd36cc0744dd"))
                .contains("0.0.0-20220906165146-f3363e06e74c");
        assertThat(matcher.isAffected(advisory, Ecosystem.GO, "golang.org/x/net", "v0.1.0")).isFalse();
    }

    @Test
    void gitRangesAndWithdrawnAdvisoriesAffectNothing() {
        Advisory git = withRange("npm", "a", "GIT", "[{\"introduced\": \"0\"}, {\"fixed\": \"abc123\"}]");
        assertThat(matcher.isAffected(git, Ecosystem.NPM, "a", "1.0.0")).isFalse();
        Advisory withdrawn = advisory("""
                {"id": "W", "withdrawn": "2024-01-01T00:00:00Z", "affected": [{"package": {"ecosystem": "npm",
                 "name": "a"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}]}]}]}""");
        assertThat(matcher.isAffected(withdrawn, Ecosystem.NPM, "a", "1.0.0")).isFalse();
    }

    @Test
    void unreadableAdvisoryVersionsAreUndeterminedNotGuessed() {
        Advisory advisory = withRange("PyPI", "pkg", "ECOSYSTEM", "[{\"introduced\": \"0\"}, {\"fixed\": \"next-release\"}]");
        assertThat(match(advisory, "PyPI", "pkg", "1.0")).isInstanceOfSatisfying(MatchResult.Undetermined.class,
                u -> assertThat(u.reason()).isEqualTo("invalid PyPI version 'next-release': not a PEP 440 version"));
    }

    @Test
    void anInvalidInstalledVersionIsAnError() {
        Advisory advisory = withRange("npm", "a", "SEMVER", "[{\"introduced\": \"0\"}]");
        assertThatThrownBy(() -> match(advisory, "npm", "a", "not.a.version"))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageContaining("invalid npm version 'not.a.version'");
        assertThatThrownBy(() -> match(advisory, "Hex", "a", "1.0.0"))
                .hasMessage("unsupported ecosystem 'Hex' for a");
    }
}
