package dev.slimline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatusLineTest {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(captured, true, StandardCharsets.UTF_8);

    @Test
    void offATerminalTheStreamIsHandedBackAsItIsAndNothingIsWritten() throws IOException {
        StatusLine progress = new StatusLine(err, false);
        InputStream in = new ByteArrayInputStream(new byte[20 << 20]);
        assertThat(progress.reading("reading app", in)).isSameAs(in);
        progress.show("downloading Debian (1 of 15)...");
        progress.clear();
        assertThat(captured.size()).isZero();
    }

    @Test
    void onATerminalTheLineCountsMegabytesInPlaceAndIsClearedWhenTheReadEnds() throws IOException {
        byte[] image = new byte[20 << 20];
        Arrays.fill(image, (byte) 7);
        image[image.length - 1] = 9;
        StatusLine progress = new StatusLine(err, true);
        byte[] copy;
        try (InputStream in = progress.reading("reading app:1", new ByteArrayInputStream(image))) {
            assertThat(in.read()).isEqualTo(7);
            copy = in.readAllBytes();
        }
        assertThat(copy).hasSize(image.length - 1);
        assertThat(copy[copy.length - 1]).isEqualTo((byte) 9);
        String line = captured.toString(StandardCharsets.UTF_8);
        // every 8 MiB: 8.4 MB and 16.8 MB of the 21 MB, each replacing the line before; cleared at the end
        assertThat(line).isEqualTo("\r\033[Kreading app:1: 8 MB read" + "\r\033[Kreading app:1: 17 MB read" + "\r\033[K");
    }

    @Test
    void whatIsDoneNowReplacesTheLineBefore() {
        StatusLine progress = new StatusLine(err, true);
        progress.show("downloading Debian (1 of 2)...");
        progress.clear();
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .isEqualTo("\r\033[Kdownloading Debian (1 of 2)..." + "\r\033[K");
    }
}
