package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.image.ImageFindingsFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code slimline inspect ARCHIVE} end to end through the real command line. */
class InspectCommandTest {

    @Test
    void tableShowsLayersTotalsAndFindingsButNoSecretValues(@TempDir Path dir) throws IOException {
        Path archive = ImageFindingsFixture.write(dir.resolve("image.tar"));

        CliHarness.Result result = CliHarness.run("inspect", archive.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(result.out()).contains("LAYER", "RUN rm /root/.ssh/id_rsa", "Total size", "Compressed size",
                "Efficiency", "build tool     gcc: /usr/bin/gcc, /usr/bin/gcc-12", "cache          pip",
                "root user", "no healthcheck", "PRIVATE_KEY /root/.ssh/id_rsa (layer 1, deleted by a later layer",
                "secret env     API_TOKEN (value not shown)");
        assertThat(result.out()).doesNotContain("hunter2", "OPENSSH PRIVATE KEY", "not-printed", "_authToken=abc");
    }

    @Test
    void outputWritesTheBytesItWouldPrint(@TempDir Path dir) throws IOException {
        Path archive = ImageFindingsFixture.write(dir.resolve("image.tar"));
        for (String format : new String[] {"table", "json"}) {
            Path file = dir.resolve("inspect." + format);

            CliHarness.Result printed = CliHarness.run("inspect", "--format", format, archive.toString());
            CliHarness.Result written = CliHarness.run("inspect", "--format", format, archive.toString(),
                    "--output", file.toString());

            assertThat(written.exitCode()).isEqualTo(ExitCodes.OK);
            assertThat(written.out()).isEmpty();
            assertThat(printed.out()).contains(format.equals("json") ? "\"layers\"" : "LAYER");
            assertThat(Files.readString(file)).isEqualTo(printed.out());
        }
    }

    @Test
    void jsonCarriesTheSameFigures(@TempDir Path dir) throws IOException {
        Path archive = ImageFindingsFixture.write(dir.resolve("image.tar"));

        CliHarness.Result result = CliHarness.run("inspect", "--format", "json", archive.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("layers")).hasSize(3);
        assertThat(json.path("user").path("uid").asInt()).isZero();
        assertThat(json.path("user").path("root").asBoolean()).isTrue();
        assertThat(json.path("secretFiles").get(0).path("path").asText()).isNotEmpty();
        assertThat(json.path("waste").has("diveWastedBytes")).isTrue();
        assertThat(result.out()).doesNotContain("hunter2", "OPENSSH PRIVATE KEY", "not-printed");
    }

    @Test
    void missingArchiveIsBadInput(@TempDir Path dir) {
        CliHarness.Result result = CliHarness.run("inspect", dir.resolve("nope.tar").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err().strip()).endsWith("nope.tar: no such file or directory").doesNotContain("\n");
    }

    @Test
    void garbageArchiveIsOneLineBadInput(@TempDir Path dir) throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.tar"), "z".repeat(2048));

        CliHarness.Result result = CliHarness.run("inspect", junk.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err().strip()).contains("not a tar header").doesNotContain("\n");
    }
}
