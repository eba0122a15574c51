package dev.slimline.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.cli.CliHarness;
import dev.slimline.engine.BuildRequest;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.HistoryEntry;
import dev.slimline.engine.TestEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slimline inspect IMAGE} against images built here on the real engine: sizes must agree with the
 * engine's own figures, and waste, user, healthcheck and build tools must be what the Dockerfiles put there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageInspectIT {
    private static final String BASE = "debian:bookworm-slim";
    private static final int FIRST_COPY = 300_000;
    private static final int SECOND_COPY = 200_000;
    private static final int DELETED = 123_456;

    private final DockerEngine engine = TestEngines.real();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String overwrite = "slimline-it-overwrite:" + suffix;
    private final String withGcc = "slimline-it-gcc:" + suffix;
    private final String multiStage = "slimline-it-multistage:" + suffix;

    private final Map<String, JsonNode> reports = new HashMap<>();
    private Path context;

    @BeforeAll
    void buildImages(@TempDir Path dir) throws IOException {
        context = dir;
        TestEngines.requireImage(BASE, Duration.ofMinutes(10));
        Random random = new Random(7);
        Files.write(context.resolve("a.bin"), bytes(random, FIRST_COPY));
        Files.write(context.resolve("b.bin"), bytes(random, SECOND_COPY));
        Files.write(context.resolve("gone.bin"), bytes(random, DELETED));
        Files.writeString(context.resolve("hello.c"), "#include <stdio.h>\nint main(void){puts(\"hi\");return 0;}\n");
        build(overwrite, """
                FROM %s
                COPY a.bin /data/app.bin
                COPY gone.bin /data/gone.bin
                COPY b.bin /data/app.bin
                RUN rm /data/gone.bin
                USER nobody
                HEALTHCHECK CMD ["true"]
                """.formatted(BASE));
        build(withGcc, """
                FROM %s
                RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev
                """.formatted(BASE));
        build(multiStage, """
                FROM %s AS build
                COPY hello.c /src/hello.c
                RUN gcc -O2 -o /hello /src/hello.c
                FROM %s
                COPY --from=build /hello /usr/local/bin/hello
                """.formatted(withGcc, BASE));
    }

    @AfterAll
    void removeImages() {
        for (String image : List.of(multiStage, withGcc, overwrite)) {
            engine.removeImage(image);
        }
    }

    @Test
    void sizesMatchTheEnginesOwnFigures() throws IOException {
        for (String image : List.of(overwrite, withGcc, multiStage)) {
            JsonNode report = inspect(image);
            long engineSize = engine.imageInspect(image).sizeBytes();
            // docker history has no empty_layer flag (the engine adapter reads size 0 as empty), so compare the
            // layers that hold bytes, and count all layers against the engine's diff ids.
            List<Long> historySizes = new ArrayList<>();
            for (HistoryEntry step : engine.history(image)) {
                if (step.sizeBytes() > 0) {
                    historySizes.add(step.sizeBytes());
                }
            }
            List<Long> layerSizes = new ArrayList<>();
            report.path("layers").forEach(layer -> layerSizes.add(layer.path("size").asLong()));

            assertThat((double) report.path("totalSize").asLong()).as("%s total vs docker image inspect .Size", image)
                    .isCloseTo(engineSize, within(engineSize * 0.01));
            assertThat(layerSizes.stream().filter(size -> size > 0).toList())
                    .as("%s layer sizes vs docker history", image).isEqualTo(historySizes);
            assertThat(layerSizes).hasSize(engine.imageInspect(image).layerDiffIds().size());
            assertThat(report.path("compressedSize").asLong()).isBetween(1L, report.path("totalSize").asLong());
        }
    }

    @Test
    void wasteIsTheOverwrittenAndDeletedCopies() throws IOException {
        JsonNode waste = inspect(overwrite).path("waste");

        assertThat(waste.path("wastedBytes").asLong()).isEqualTo(FIRST_COPY + DELETED);
        assertThat(waste.path("diveWastedBytes").asLong())
                .isEqualTo(FIRST_COPY + SECOND_COPY + 2L * DELETED);
    }

    @Test
    void userAndHealthcheckComeFromTheConfigAndPasswd() throws IOException {
        JsonNode report = inspect(overwrite);

        assertThat(report.path("user").path("name").asText()).isEqualTo("nobody");
        assertThat(report.path("user").path("uid").asInt()).isEqualTo(65534);
        assertThat(report.path("healthcheck").path("present").asBoolean()).isTrue();
        assertThat(report.path("layers").get(report.path("layers").size() - 1).path("instruction").asText())
                .isEqualTo("RUN rm /data/gone.bin");
    }

    @Test
    void gccImageReportsGccTheAptListsAndRoot() throws IOException {
        JsonNode report = inspect(withGcc);

        assertThat(names(report.path("buildTools"))).contains("gcc", "C headers in /usr/include");
        assertThat(names(report.path("packageCaches"))).contains("apt lists");
        assertThat(report.path("user").path("root").asBoolean()).isTrue();
        assertThat(report.path("healthcheck").path("present").asBoolean()).isFalse();
    }

    @Test
    void multiStageImageHasNoBuildTools() throws IOException {
        JsonNode report = inspect(multiStage);

        assertThat(names(report.path("buildTools"))).isEmpty();
        JsonNode copy = report.path("layers").get(1);
        assertThat(copy.path("instruction").asText()).startsWith("COPY").endsWith("/usr/local/bin/hello");
        assertThat(copy.path("added").asInt()).isEqualTo(1);
    }

    /** The report of {@code slimline inspect --format json IMAGE}, run once per image: the tests only read it. */
    private JsonNode inspect(String image) throws IOException {
        JsonNode report = reports.get(image);
        if (report == null) {
            CliHarness.Result result = CliHarness.run("inspect", "--format", "json", image);
            assertThat(result.exitCode()).as("inspect %s: %s", image, result.err()).isZero();
            report = new ObjectMapper().readTree(result.out());
            reports.put(image, report);
        }
        return report;
    }

    private void build(String tag, String dockerfile) throws IOException {
        Path file = Files.writeString(context.resolve("Dockerfile." + tag.replaceAll("[^a-z0-9]", "-")), dockerfile);
        engine.build(BuildRequest.of(context, tag).withDockerfile(file).withTimeout(Duration.ofMinutes(10)));
    }

    private static List<String> names(JsonNode matches) {
        List<String> names = new ArrayList<>();
        matches.forEach(match -> names.add(match.path("name").asText()));
        return names;
    }

    private static byte[] bytes(Random random, int size) {
        byte[] data = new byte[size];
        random.nextBytes(data);
        return data;
    }
}
