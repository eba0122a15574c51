package dev.slimline.testbed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.slimline.engine.DockerCli;
import dev.slimline.knowledge.CatalogMatch;
import dev.slimline.knowledge.KnowledgeCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Reductions are ratios, so a stand-in much bigger or smaller than the official image it imitates makes every
 * measured saving wrong (TESTBED.md, "Fidelity matters"). Every stand-in tag the testbed builds must be in the engine,
 * carry the stand-in label, have an exact entry in the knowledge catalog, and weigh within ±30% of that entry's
 * uncompressed size.
 */
class StandInFidelityIT {

    private static final double TOLERANCE = 0.30;

    /** One stand-in tag and how it compares with the official image. */
    private record Row(String tag, long standInBytes, Optional<Long> officialBytes, String verdict) {

        boolean ok() {
            return verdict.equals("ok");
        }

        String line() {
            String ratio = officialBytes.map(o -> String.format(Locale.ROOT, "%+.0f%%", 100.0 * (standInBytes - o) / o))
                    .orElse("-");
            return String.format(Locale.ROOT, "%-46s %10s %10s %7s  %s", tag,
                    standInBytes < 0 ? "-" : mb(standInBytes), officialBytes.map(StandInFidelityIT::mb).orElse("-"),
                    ratio, verdict);
        }
    }

    @Test
    void everyStandInIsWithinThirtyPercentOfTheOfficialImageInTheCatalog() {
        List<String> tags = testbedTags();
        assertThat(tags).as("stand-in tags from testbed/lib/images.sh")
                .contains("debian:bookworm-slim", "python:3.11", "node:18", "redis:7",
                        "gcr.io/distroless/static-debian12:latest");
        KnowledgeCatalog catalog = KnowledgeCatalog.bundled();
        List<Row> rows = new ArrayList<>();
        for (String tag : tags) {
            rows.add(compare(tag, catalog));
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-46s %10s %10s %7s  %s%n",
                "stand-in", "size", "official", "diff", "verdict"));
        rows.forEach(row -> table.append(row.line()).append('\n'));
        long bad = rows.stream().filter(row -> !row.ok()).count();
        if (bad > 0) {
            fail(bad + " stand-in tag(s) missing or outside ±30% of the official size in base-images.yaml:" + table);
        }
    }

    private static Row compare(String tag, KnowledgeCatalog catalog) {
        String facts;
        try {
            facts = DockerCli.inspectImage(tag, "{{.Size}} {{index .Config.Labels \"dev.slimline.standin\"}}");
        } catch (AssertionError e) {
            return new Row(tag, -1, Optional.empty(), "missing from the engine: run `bash testbed/setup.sh`");
        }
        String[] parts = facts.split(" ", 2);
        long size = Long.parseLong(parts[0]);
        if (parts.length < 2 || !parts[1].equals("true")) {
            return new Row(tag, size, Optional.empty(), "no dev.slimline.standin=true label: not the testbed's image");
        }
        Optional<CatalogMatch> match = catalog.lookup(tag).filter(m -> !m.approximate());
        if (match.isEmpty()) {
            return new Row(tag, size, Optional.empty(), "no exact entry in base-images.yaml");
        }
        long official = match.get().image().sizeBytes();
        boolean within = Math.abs(size - official) <= TOLERANCE * official;
        return new Row(tag, size, Optional.of(official), within ? "ok" : "outside ±30%");
    }

    /** The tags the testbed builds, read from its own recipe table so a new stand-in is checked too. */
    private static List<String> testbedTags() {
        Path root = Path.of(System.getProperty("slimline.repo.root", "."));
        try {
            Process process = new ProcessBuilder("bash", "-c",
                    "set -eu; . testbed/lib/images.sh; for r in \"${RECIPES[@]}\"; do tags_of \"$r\"; done")
                    .directory(root.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("reading the testbed's recipe table").isTrue();
            assertThat(process.exitValue()).as("reading testbed/lib/images.sh: %s", out).isZero();
            return Arrays.stream(out.split("\\s+")).filter(t -> !t.isBlank()).distinct().toList();
        } catch (IOException e) {
            throw new AssertionError("cannot run bash to read testbed/lib/images.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
