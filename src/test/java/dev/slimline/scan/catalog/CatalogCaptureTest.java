package dev.slimline.scan.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.SlimlineException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What the capture keeps of package databases while layers stream by. */
class CatalogCaptureTest {

    /** #17 D5: many large status files (each under the per-file cap) stop at the total budget, one BAD_INPUT line. */
    @Test
    void capturedDatabasesHaveATotalBudget() throws IOException {
        CatalogCapture capture = new CatalogCapture(3 << 20);
        byte[] status = new byte[1 << 20];
        for (int i = 0; i < 3; i++) {
            assertThat(capture.wants("var/lib/dpkg/status", status.length)).isTrue();
            assertThat(capture.capture("var/lib/dpkg/status", status.length, new ByteArrayInputStream(status)))
                    .hasSize(status.length);
        }

        assertThatThrownBy(() -> capture.capture("var/lib/dpkg/status", status.length, new ByteArrayInputStream(status)))
                .isInstanceOf(SlimlineException.class).hasMessageContaining("exceed 3 MiB together")
                .satisfies(e -> assertThat(((SlimlineException) e).kind()).isEqualTo(SlimlineException.Kind.BAD_INPUT));
        assertThat(CatalogCapture.MAX_TOTAL_BYTES).isLessThan(1L << 30);
    }
}
