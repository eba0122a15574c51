package dev.slimline.scan.osv;

import static dev.slimline.scan.osv.OsvFixtures.advisory;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.scan.cvss.CvssSeverity;
import org.junit.jupiter.api.Test;

class SeverityResolverTest {

    private static SeverityRating resolve(String json) {
        Advisory advisory = advisory(json);
        return SeverityResolver.resolve(advisory, advisory.affected().isEmpty() ? null : advisory.affected().get(0));
    }

    @Test
    void cvss3VectorIsScored() {
        SeverityRating rating = resolve("""
                {"id": "A", "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"}],
                 "database_specific": {"severity": "LOW"}}""");
        assertThat(rating.severity()).isEqualTo(CvssSeverity.HIGH);
        assertThat(rating.score()).contains(7.5);
        assertThat(rating.source()).isEqualTo("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N");
    }

    @Test
    void cvss2VectorOfAnOldAdvisoryIsScoredRatherThanItsWords() {
        // CVE-2002-0392 (Apache chunked encoding), the CVSS v2 guide's first example: base 7.8.
        SeverityRating rating = resolve("""
                {"id": "A", "severity": [{"type": "CVSS_V2", "score": "AV:N/AC:L/Au:N/C:N/I:N/A:C"}],
                 "database_specific": {"severity": "LOW"}}""");
        assertThat(rating.severity()).isEqualTo(CvssSeverity.HIGH);
        assertThat(rating.score()).contains(7.8);
    }

    @Test
    void cvss4IsPreferredOverCvss3() {
        SeverityRating rating = resolve("""
                {"id": "A", "severity": [
                  {"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L"},
                  {"type": "CVSS_V4", "score": "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}],
                 "database_specific": {"severity": "MODERATE"}}""");
        assertThat(rating.severity()).isEqualTo(CvssSeverity.CRITICAL);
        assertThat(rating.score()).contains(9.3);
    }

    @Test
    void advisorysOwnRatingWhenNoVectorIsUsable() {
        SeverityRating rating = resolve("""
                {"id": "A", "severity": [{"type": "CVSS_V4", "score": "CVSS:4.0/AV:N"}],
                 "database_specific": {"severity": "MODERATE"}}""");
        assertThat(rating.severity()).isEqualTo(CvssSeverity.MEDIUM);
        assertThat(rating.score()).isEmpty();
        assertThat(rating.source()).isEqualTo("database_specific.severity");
    }

    @Test
    void perAffectedSeverityIsUsed() {
        SeverityRating rating = resolve("""
                {"id": "A", "affected": [{"package": {"ecosystem": "PyPI", "name": "p"},
                 "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N"}]}]}""");
        assertThat(rating.severity()).isEqualTo(CvssSeverity.LOW);
        assertThat(rating.score()).contains(3.1);
    }

    @Test
    void malformedVectorFallsBackToo() {
        SeverityRating rating = resolve("""
                {"id": "A", "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N"}],
                 "database_specific": {"severity": "HIGH"}}""");
        assertThat(rating.severity()).isEqualTo(CvssSeverity.HIGH);
    }

    @Test
    void debianUrgencyAndUbuntuPriority() {
        assertThat(resolve("""
                {"id": "DLA-1", "affected": [{"package": {"ecosystem": "Debian:12", "name": "curl"},
                 "ecosystem_specific": {"urgency": "high**"}}]}""").severity()).isEqualTo(CvssSeverity.HIGH);
        assertThat(resolve("""
                {"id": "UBUNTU-1", "severity": [{"type": "Ubuntu", "score": "medium"}]}""").severity())
                .isEqualTo(CvssSeverity.MEDIUM);
    }

    @Test
    void noRatingIsUnknown() {
        assertThat(resolve("""
                {"id": "DEBIAN-CVE-1", "affected": [{"package": {"ecosystem": "Debian:12", "name": "curl"},
                 "ecosystem_specific": {"urgency": "not yet assigned"}}]}""")).isEqualTo(SeverityRating.unknown());
    }
}
