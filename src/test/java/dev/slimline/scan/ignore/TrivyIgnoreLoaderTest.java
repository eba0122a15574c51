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

/** trivy's .trivyignore read as slimline ignore entries: ids, comments as reasons, exp: dates. */
class TrivyIgnoreLoaderTest {

    @TempDir
    Path dir;

    @Test
    void idsCommentsAndExpiriesBecomeEntries() throws IOException {
        Path file = Files.writeString(dir.resolve(".trivyignore"), """
                # Accept the risk: DH parameters never come from untrusted input
                CVE-2023-5678

                CVE-2022-0001 exp:2026-01-31
                GHSA-xxxx-yyyy-zzzz
                """);
        IgnoreList list = TrivyIgnoreLoader.load(file);
        assertThat(list.entries()).extracting(IgnoreEntry::id)
                .containsExactly("CVE-2023-5678", "CVE-2022-0001", "GHSA-xxxx-yyyy-zzzz");
        assertThat(list.entries().get(0).reason()).isEqualTo("Accept the risk: DH parameters never come from untrusted input");
        assertThat(list.entries().get(1).location().line()).isEqualTo(4);
        LocalDate today = LocalDate.parse("2026-12-03");
        assertThat(list.activeFor(List.of("cve-2023-5678"), today)).isPresent();
        assertThat(list.activeFor(List.of("CVE-2022-0001"), today)).as("expired").isEmpty();
        assertThat(list.expired(today)).extracting(IgnoreEntry::id).containsExactly("CVE-2022-0001");
    }

    @Test
    void aBadExpiryNamesLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve(".trivyignore"), "CVE-1\nCVE-2 exp:tomorrow\n");
        assertThatThrownBy(() -> TrivyIgnoreLoader.load(file)).isInstanceOf(SlimlineException.class)
                .hasMessageContaining("exp: must be a date YYYY-MM-DD, got 'tomorrow'")
                .satisfies(e -> assertThat(((SlimlineException) e).location().orElseThrow().line()).isEqualTo(2));
    }
}
