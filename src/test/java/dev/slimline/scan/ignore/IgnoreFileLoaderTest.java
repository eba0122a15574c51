package dev.slimline.scan.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoreFileLoaderTest {

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve(IgnoreFileLoader.FILE_NAME), yaml);
    }

    private void assertError(String yaml, String expected) throws IOException {
        Path file = file(yaml);
        assertThatThrownBy(() -> IgnoreFileLoader.load(file))
                .isInstanceOfSatisfying(SlimlineException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SlimlineException.Kind.BAD_INPUT);
                    assertThat(e.oneLine()).isEqualTo(file + ":" + expected);
                });
    }

    @Test
    void loadsEntriesWithLocations() throws IOException {
        Path file = file("""
                # accepted risks, reviewed monthly
                ignore:
                  - id: CVE-2023-5678
                    reason: DH parameters never come from untrusted input
                    expires: 2027-01-31
                  - id: GHSA-jfh8-c2jp-5v3q
                    reason: "log4j-core is on the classpath but JNDI lookups are disabled"
                """);
        IgnoreList list = IgnoreFileLoader.load(file);
        assertThat(list.entries()).hasSize(2);
        IgnoreEntry first = list.entries().get(0);
        assertThat(first.id()).isEqualTo("CVE-2023-5678");
        assertThat(first.reason()).isEqualTo("DH parameters never come from untrusted input");
        assertThat(first.expires()).contains(LocalDate.of(2027, 1, 31));
        assertThat(first.location().toString()).isEqualTo(file + ":3:5");
        assertThat(list.entries().get(1).expires()).isEmpty();
    }

    @Test
    void expiredEntriesStopApplyingAndAreReported() throws IOException {
        IgnoreList list = IgnoreFileLoader.load(file("""
                ignore:
                  - {id: CVE-2023-1, reason: accepted, expires: 2026-11-25}
                  - {id: CVE-2023-2, reason: accepted, expires: 2026-11-26}
                  - {id: cve-2023-3, reason: accepted forever}
                """));
        LocalDate today = LocalDate.of(2026, 11, 26);
        assertThat(list.activeFor(List.of("GHSA-x", "CVE-2023-1"), today)).isEmpty();
        assertThat(list.activeFor(List.of("DSA-1", "CVE-2023-2"), today)).as("expiry day is inclusive").isPresent();
        assertThat(list.activeFor(List.of("CVE-2023-3"), today)).as("ids compare case-insensitively").isPresent();
        assertThat(list.expired(today)).extracting(IgnoreEntry::id).containsExactly("CVE-2023-1");
        assertThat(list.activeFor(List.of("CVE-2023-1"), LocalDate.of(2026, 11, 25))).isPresent();
    }

    @Test
    void sectionInsideALargerConfigSkipsOtherKeys() throws IOException {
        Path config = Files.writeString(dir.resolve(".slimline.yaml"), """
                budgets:
                  api: 120MB
                ignore:
                  - id: CVE-2024-1
                    reason: test
                """);
        assertThat(IgnoreFileLoader.loadSection(config).entries()).extracting(IgnoreEntry::id).containsExactly("CVE-2024-1");
        Path without = Files.writeString(dir.resolve("other.yaml"), "budgets: {api: 1MB}\n");
        assertThat(IgnoreFileLoader.loadSection(without).entries()).isEmpty();
    }

    @Test
    void emptyFileIsAnEmptyList() throws IOException {
        assertThat(IgnoreFileLoader.load(file("")).entries()).isEmpty();
        assertThat(IgnoreFileLoader.load(file("ignore:\n")).entries()).isEmpty();
    }

    @Test
    void errorsNameFileLineAndColumn() throws IOException {
        assertError("""
                ignore:
                  - id: CVE-1
                    reason: ok
                    expires: next year
                """, "4:14: 'expires' must be a date like 2027-01-31, not 'next year'");
        assertError("""
                ignore:
                  - id: CVE-1
                    resaon: typo
                """, "3:5: unknown key 'resaon' (expected id, reason, expires)");
        assertError("""
                ignore:
                  - id: CVE-1
                """, "2:5: ignore entry for CVE-1 has no 'reason': say why it is accepted");
        assertError("""
                ignore:
                  - reason: no id
                """, "2:5: ignore entry has no 'id'");
        assertError("ignores: []\n", "1:1: unknown key 'ignores' (expected 'ignore')");
        assertError("ignore: CVE-1\n", "1:9: 'ignore' must be a list of entries with id, reason and expires");
        assertError("""
                ignore:
                  - {id: CVE-1, reason: a}
                  - {id: cve-1, reason: b}
                """, "3:5: 'cve-1' is already ignored at line 2");
        assertError("""
                ignore:
                  - id: CVE-1
                    reason: [not, text]
                """, "3:13: 'reason' must be text");
    }

    @Test
    void yamlSyntaxErrorsCarryTheirLocation() throws IOException {
        Path file = file("ignore:\n  - id: CVE-1\n    reason: \"unterminated\n");
        assertThatThrownBy(() -> IgnoreFileLoader.load(file))
                .isInstanceOfSatisfying(SlimlineException.class, e -> assertThat(e.oneLine())
                        .isEqualTo(file + ":3:13: invalid YAML: found unexpected end of stream"
                                + " while scanning a quoted scalar"));
    }
}
