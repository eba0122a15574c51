package dev.slimline.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.engine.TestEngines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the conformance bench ({@code bench/conformance.sh}, conformance/README.md) over a few corpus apps: each
 * original is built and probed, {@code slimline optimize --write} rewrites a copy with default options, and the
 * rewrite must build, answer the app's probe, run non-root (or keep the original's user with a printed reason) and
 * not be bigger. The full corpus is the documented benchmark; this keeps a slice of it in CI. Images are tagged
 * {@code slimline-conf/<app>:original|optimized} and kept, so a rerun builds from cached layers.
 */
class ConformanceIT {

    /**
     * One app per stack, one already multi-stage and one already lean; the integrator extends this list with one
     * app per further stack of the corpus.
     */
    static final List<String> APPS = List.of(
            "py-celery-ml-worker",      // Python worker: proven beside the redis broker its compose file names
            "py-django-collectstatic",  // Python: Django, nested requirement files, collectstatic at build
            "node-parent-modules-tini", // Node: modules above WORKDIR, tini as ENTRYPOINT
            "node-prestart-config",     // Node app with no health route: no HEALTHCHECK on a route nobody saw answer
            "go-multistage-golang-runtime", // Go, already multi-stage: runtime stage on golang:1.19
            "node-multistage-yarn",     // Node, already multi-stage: runtime stage still node:18
            "node-lean-slim");          // already lean: must not grow

    @Test
    void everySelectedAppPassesTheBench(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("conformance.tsv");
        Path log = dir.resolve("bench.log");
        ProcessBuilder builder = new ProcessBuilder("bash", "bench/conformance.sh", "--only", String.join(",", APPS),
                "--out", tsv.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SLIMLINE_DOCKER", TestEngines.real().setup().client().toString());
        Process bench = builder.start();
        boolean ended = bench.waitFor(40, TimeUnit.MINUTES);
        if (!ended) {
            bench.destroy();
            bench.waitFor(30, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println("ConformanceIT:\n" + output);
        assertThat(ended).as("bench ended within 40 minutes:\n" + output).isTrue();

        List<String[]> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.split("\t", -1)).toList();
        assertThat(rows).extracting(r -> r[0]).as(output).containsExactlyElementsOf(APPS);
        for (String[] row : rows) {
            String app = row[0];
            assertThat(row[11]).as(app + ": " + row[12] + "\n" + output).isEqualTo("PASS");
            assertThat(row[6]).as(app + " rewrite built").isEqualTo("yes");
            assertThat(row[7]).as(app + " rewrite answered its probe").isEqualTo("yes");
            long before = Long.parseLong(row[3]);
            long after = Long.parseLong(row[4]);
            assertThat(after).as(app + " not bigger than the original").isPositive().isLessThanOrEqualTo(before);
            assertThat(row[9].equals("0") ? row[12] : row[9]).as(app + ": non-root, or the reason it keeps uid 0")
                    .isNotEmpty().isNotEqualTo("-");
        }
        assertThat(bench.exitValue()).as(output).isZero();
        assertThat(output).contains("pass rate: " + APPS.size() + " of " + APPS.size() + " (100 %)", "TSV: " + tsv);
    }
}
