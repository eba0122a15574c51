package dev.slimline.scan.osv;

import static dev.slimline.scan.osv.OsvFixtures.advisory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OsvParserTest {

    /** Shaped like a GitHub advisory in OSV form (schema 1.6 fields, plus ones slimline ignores). */
    private static final String GHSA = """
            {
              "schema_version": "1.6.0",
              "id": "GHSA-jfh8-c2jp-5v3q",
              "modified": "2024-02-16T08:19:30.543Z",
              "published": "2021-12-10T00:40:56Z",
              "aliases": ["CVE-2021-44228"],
              "summary": "Remote code injection in Log4j",
              "details": "Apache Log4j2 JNDI features ...",
              "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"}],
              "affected": [{
                "package": {"ecosystem": "Maven", "name": "org.apache.logging.log4j:log4j-core",
                            "purl": "pkg:maven/org.apache.logging.log4j/log4j-core"},
                "ranges": [{"type": "ECOSYSTEM",
                            "events": [{"introduced": "2.13.0"}, {"fixed": "2.15.0"}]},
                           {"type": "ECOSYSTEM",
                            "events": [{"introduced": "2.0-beta9"}, {"fixed": "2.3.1"}]}],
                "versions": ["2.13.0", "2.13.1"],
                "database_specific": {"source": "https://example.invalid/advisory"}
              }],
              "references": [{"type": "ADVISORY", "url": "https://example.invalid"}],
              "database_specific": {"severity": "CRITICAL", "cwe_ids": ["CWE-502"], "github_reviewed": true}
            }
            """;

    @Test
    void readsTheFieldsSlimlineUses() {
        Advisory advisory = advisory(GHSA);
        assertThat(advisory.id()).isEqualTo("GHSA-jfh8-c2jp-5v3q");
        assertThat(advisory.aliases()).containsExactly("CVE-2021-44228");
        assertThat(advisory.idAndAliases()).containsExactly("GHSA-jfh8-c2jp-5v3q", "CVE-2021-44228");
        assertThat(advisory.summary()).isEqualTo("Remote code injection in Log4j");
        assertThat(advisory.modified()).contains(Instant.parse("2024-02-16T08:19:30.543Z"));
        assertThat(advisory.published()).contains(Instant.parse("2021-12-10T00:40:56Z"));
        assertThat(advisory.isWithdrawn()).isFalse();
        assertThat(advisory.severity()).containsExactly(
                new SeverityScore("CVSS_V3", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"));
        assertThat(advisory.databaseSpecific()).containsEntry("severity", "CRITICAL")
                .containsEntry("github_reviewed", "true").doesNotContainKey("cwe_ids");

        Affected affected = advisory.affected().get(0);
        assertThat(affected.pkg()).isEqualTo(new OsvPackage("Maven", "org.apache.logging.log4j:log4j-core",
                java.util.Optional.of("pkg:maven/org.apache.logging.log4j/log4j-core")));
        assertThat(affected.versions()).containsExactly("2.13.0", "2.13.1");
        assertThat(affected.ranges()).hasSize(2);
        assertThat(affected.ranges().get(1).type()).isEqualTo(Range.Type.ECOSYSTEM);
        assertThat(affected.ranges().get(1).events()).containsExactly(
                new Event(Event.Kind.INTRODUCED, "2.0-beta9"), new Event(Event.Kind.FIXED, "2.3.1"));
    }

    @Test
    void withdrawnAndLastAffectedAndLimit() {
        Advisory advisory = advisory("""
                {"id": "X-1", "withdrawn": "2024-05-01T00:00:00Z", "affected": [{"package": {"ecosystem": "Go",
                 "name": "example.com/m"}, "ranges": [{"type": "GIT", "repo": "https://example.invalid/m.git",
                 "events": [{"introduced": "0"}, {"last_affected": "abc"}, {"limit": "def"}]}]}]}
                """);
        assertThat(advisory.isWithdrawn()).isTrue();
        Range range = advisory.affected().get(0).ranges().get(0);
        assertThat(range.repo()).contains("https://example.invalid/m.git");
        assertThat(range.events()).extracting(Event::kind)
                .containsExactly(Event.Kind.INTRODUCED, Event.Kind.LAST_AFFECTED, Event.Kind.LIMIT);
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        assertThatThrownBy(() -> advisory("{\n  \"id\": \"X\",\n  \"affected\": [,]\n}"))
                .isInstanceOfSatisfying(SlimlineException.class, e -> {
                    assertThat(e.oneLine()).startsWith("test.json:3:16: not valid OSV JSON");
                    assertThat(e.kind()).isEqualTo(SlimlineException.Kind.BAD_INPUT);
                });
    }

    @Test
    void structuralErrorsNameTheJsonPath() {
        assertThatThrownBy(() -> advisory("{\"modified\": \"2024-01-01T00:00:00Z\"}"))
                .hasMessage("$.id is missing");
        assertThatThrownBy(() -> advisory("""
                {"id": "X", "affected": [{"package": {"ecosystem": "npm", "name": "a"},
                 "ranges": [{"type": "DATE", "events": [{"introduced": "0"}]}]}]}"""))
                .hasMessage("$.affected[0].ranges[0].type unknown range type 'DATE' (SEMVER, ECOSYSTEM or GIT)");
        assertThatThrownBy(() -> advisory("""
                {"id": "X", "affected": [{"package": {"ecosystem": "npm", "name": "a"},
                 "ranges": [{"type": "SEMVER", "events": [{"introduced": "0", "fixed": "1.0.0"}]}]}]}"""))
                .hasMessageStartingWith("$.affected[0].ranges[0].events[0] an event must be an object with exactly one");
        assertThatThrownBy(() -> advisory("{\"id\": \"X\", \"modified\": \"yesterday\"}"))
                .hasMessage("$.modified 'yesterday' is not an RFC 3339 timestamp");
        assertThatThrownBy(() -> advisory("{\"id\": 7}")).hasMessage("$.id must be a string");
        assertThatThrownBy(() -> advisory("[]")).hasMessage("$ an OSV record must be a JSON object");
    }
}
