package dev.slimline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.engine.EngineCleanupExtension.TestLabel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Build, inspect, history, save, import and remove against the real engine, with images made in the test. */
@ExtendWith(EngineCleanupExtension.class)
class ImageOperationsIT {

    private final DockerEngine engine = TestEngines.real();

    /** A one-file root filesystem imported as an image: enough for builds that only COPY and set metadata. */
    private String importScratchBase(TestLabel label, String tag) throws IOException {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(tar)) {
            byte[] hello = "hello from slimline\n".getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry("etc/hello.txt");
            entry.setSize(hello.length);
            out.putArchiveEntry(entry);
            out.write(hello);
            out.closeArchiveEntry();
        }
        engine.importImage(new ByteArrayInputStream(tar.toByteArray()), tag, List.of(label.instruction()));
        return tag;
    }

    @Test
    void buildsWithArgsTargetAndLabelsThenInspectsTheResult(TestLabel label, @TempDir Path context) throws IOException {
        String base = importScratchBase(label, label.tag("base"));
        byte[] payload = new byte[12_345];
        new Random(7).nextBytes(payload);
        Files.write(context.resolve("payload.bin"), payload);
        Files.writeString(context.resolve("Dockerfile.test"), """
                FROM %s AS runtime
                ARG GREETING=unset
                COPY payload.bin /app/payload.bin
                ENV MODE=production
                WORKDIR /app
                EXPOSE 8080
                VOLUME /data
                LABEL greeting=$GREETING
                USER 1000:1000
                STOPSIGNAL SIGINT
                HEALTHCHECK --interval=7s --retries=4 CMD ["/app/check"]
                ENTRYPOINT ["/app/run"]
                CMD ["--port", "8080"]

                FROM runtime AS extra
                COPY payload.bin /app/second-copy.bin
                """.formatted(base));
        String tag = label.tag("built");

        BuildResult built = engine.build(BuildRequest.of(context, tag).withDockerfile(context.resolve("Dockerfile.test"))
                .withBuildArgs(Map.of("GREETING", "hi")).withTarget("runtime").withLabels(label.asMap())
                .withTimeout(Duration.ofMinutes(5)));

        ImageDetails image = engine.imageInspect(tag);
        assertThat(image.id()).isEqualTo(built.imageId()).startsWith("sha256:");
        assertThat(image.repoTags()).contains(tag);
        // The imported base, the COPY and WORKDIR's (empty) directory layer; the target left out "extra"'s COPY.
        assertThat(image.layerDiffIds()).hasSize(3);
        assertThat(image.sizeBytes()).isEqualTo(12_345 + "hello from slimline\n".length());
        RuntimeConfig config = image.config();
        assertThat(config.user()).isEqualTo("1000:1000");
        assertThat(config.runsAsRoot()).isFalse();
        assertThat(config.env()).contains("MODE=production");
        assertThat(config.workdir()).isEqualTo("/app");
        assertThat(config.exposedPorts()).containsExactly("8080/tcp");
        assertThat(config.volumes()).containsExactly("/data");
        assertThat(config.labels()).containsEntry("greeting", "hi").containsEntry(EngineCleanupExtension.LABEL_KEY,
                label.value());
        assertThat(config.stopSignal()).isEqualTo("SIGINT");
        assertThat(config.entrypoint()).containsExactly("/app/run");
        assertThat(config.cmd()).containsExactly("--port", "8080");
        assertThat(config.healthcheck()).hasValueSatisfying(check -> {
            assertThat(check.test()).containsExactly("CMD", "/app/check");
            assertThat(check.interval()).isEqualTo(Duration.ofSeconds(7));
            assertThat(check.retries()).isEqualTo(4);
        });
        assertThat(built.duration()).isPositive();
    }

    @Test
    void historyHasExactSizesOldestFirst(TestLabel label, @TempDir Path context) throws IOException {
        String base = importScratchBase(label, label.tag("base"));
        Files.write(context.resolve("big.bin"), new byte[54_321]);
        Files.writeString(context.resolve("Dockerfile"), "FROM " + base + "\nCOPY big.bin /big.bin\nENV A=b\n"
                + label.instruction() + "\n");
        String tag = label.tag("history");
        engine.build(BuildRequest.of(context, tag));

        List<HistoryEntry> history = engine.history(tag);

        assertThat(history).hasSize(4);
        assertThat(history.get(0).sizeBytes()).isEqualTo("hello from slimline\n".length());
        assertThat(history.get(1)).satisfies(copy -> {
            assertThat(copy.createdBy()).contains("COPY big.bin /big.bin");
            assertThat(copy.sizeBytes()).isEqualTo(54_321);
            assertThat(copy.emptyLayer()).isFalse();
        });
        assertThat(history.get(2).createdBy()).contains("ENV A=b");
        assertThat(history.get(2).emptyLayer()).isTrue();
        long total = history.stream().mapToLong(HistoryEntry::sizeBytes).sum();
        assertThat(total).isEqualTo(engine.imageInspect(tag).sizeBytes());
    }

    @Test
    void saveStreamsADockerArchiveWithTheLayerInside(TestLabel label) throws IOException {
        String tag = importScratchBase(label, label.tag("save"));
        List<String> names = new ArrayList<>();
        long bytes;

        try (InputStream saved = engine.save(tag);
                TarArchiveInputStream tar = new TarArchiveInputStream(saved)) {
            long content = 0;
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                names.add(entry.getName());
                content += tar.transferTo(java.io.OutputStream.nullOutputStream());
            }
            bytes = content;
        }

        assertThat(names).contains("manifest.json", "repositories");
        assertThat(names).anyMatch(name -> name.endsWith("layer.tar"));
        assertThat(bytes).isGreaterThan(0);
    }

    @Test
    void unknownImagesAreReportedAsNotInTheEngine(TestLabel label) {
        String missing = label.tag("never-built");

        assertThat(engine.imageExists(missing)).isFalse();
        assertThat(engine.removeImage(missing)).isFalse();
        assertThatThrownBy(() -> engine.imageInspect(missing)).isInstanceOf(ImageNotFoundException.class)
                .hasMessage("image " + missing + " not found in the engine");
        assertThatThrownBy(() -> engine.history(missing)).isInstanceOf(ImageNotFoundException.class);
        assertThatThrownBy(() -> engine.save(missing)).isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void failedBuildSaysWhatFailed(TestLabel label, @TempDir Path context) throws IOException {
        String base = importScratchBase(label, label.tag("base"));
        Files.writeString(context.resolve("Dockerfile"), "FROM " + base + "\nCOPY not-there.txt /x\n");

        assertThatThrownBy(() -> engine.build(BuildRequest.of(context, label.tag("broken"))
                .withLabels(label.asMap())))
                .isInstanceOf(EngineCommandException.class)
                .hasMessageContaining("failed (exit 1)").hasMessageContaining("not-there.txt");
    }

    @Test
    void removeImageRemovesIt(TestLabel label) throws IOException {
        String tag = importScratchBase(label, label.tag("remove"));
        assertThat(engine.imageExists(tag)).isTrue();

        assertThat(engine.removeImage(tag)).isTrue();

        assertThat(engine.imageExists(tag)).isFalse();
    }
}
