package dev.slimline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.engine.DockerEngine;
import dev.slimline.engine.TestEngines;
import dev.slimline.examples.ExampleImages;
import dev.slimline.examples.OptimizedExampleImages;
import dev.slimline.report.SizeText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story's gate on the example monorepo with its own {@code .slimline.yaml}: the images the optimizer makes
 * ({@code optimize --all --write --base-family slim}) pass every budget, the original images fail each size budget
 * with one line naming service, figure and limit. Both are gated with {@code --image} and scanned against a fixture
 * OSV database whose advisories touch packages in the images but none at or above high that is still unfixed there:
 * glibc high (already fixed in the installed libc6), zlib medium (fixable, below the threshold), express high
 * (fixed in 1.0.0, long before the api's version). The medium one shows the scan is live: a medium threshold fails
 * on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleGateIT {

    /** In the order discovery finds them, which is the order of the gate's table. */
    private static final List<String> SERVICES = List.of("api", "web-app", "worker");
    /** From examples/monorepo/.slimline.yaml; the IT fails if the file says otherwise (the limit column shows it). */
    private static final Map<String, Long> BUDGETS = Map.of("api", 200_000_000L, "worker", 400_000_000L,
            "web-app", 250_000_000L);
    private static final String ZLIB_FIXED = "1:1.2.13.dfsg-1+deb12u99";

    private final DockerEngine engine = TestEngines.real();
    private Path dir;
    private Path db;

    @BeforeAll
    void fixtureDatabase(@TempDir Path tmp) throws Exception {
        dir = tmp;
        db = tmp.resolve("osv");
        FixtureAdvisories.load(db, Map.of(
                "Debian", Map.of(
                        "DSA-9001-1.json", FixtureAdvisories.advisory("DSA-9001-1", "CVE-2099-9001",
                                "glibc - fixed before bookworm's point releases", "Debian:12", "glibc",
                                "2.36-9+deb12u1", FixtureAdvisories.HIGH_VECTOR),
                        "DSA-9002-1.json", FixtureAdvisories.advisory("DSA-9002-1", "CVE-2099-9002",
                                "zlib - local denial of service", "Debian:12", "zlib", ZLIB_FIXED,
                                FixtureAdvisories.MEDIUM_VECTOR)),
                "npm", Map.of("GHSA-0000-0000-0001.json", FixtureAdvisories.advisory("GHSA-0000-0000-0001",
                        "CVE-2099-9003", "express - fixed in 1.0.0", "npm", "express", "1.0.0",
                        FixtureAdvisories.HIGH_VECTOR))));
    }

    @Test
    void optimizedImagesPassEveryBudgetWithFigureAndLimit() throws Exception {
        Map<String, String> images = images(OptimizedExampleImages::image);
        Path json = dir.resolve("optimized.json");
        long start = System.nanoTime();
        CliHarness.Result gate = gate(images, "--report", "json=" + json);
        System.out.printf("ExampleGateIT: gate over the optimized images took %d s%n%s%n",
                (System.nanoTime() - start) / 1_000_000_000L, gate.out());

        assertThat(gate.exitCode()).as(gate.out() + gate.err()).isZero();
        List<List<String>> rows = tableRows(gate.out());
        List<List<String>> expected = new ArrayList<>();
        for (String name : SERVICES) {
            long size = engine.imageInspect(images.get(name)).sizeBytes();
            assertThat(size).as(name + " under its budget").isLessThanOrEqualTo(BUDGETS.get(name));
            String service = "services/" + name;
            expected.add(List.of(service, "maxSize", SizeText.of(size), SizeText.of(BUDGETS.get(name)), "pass"));
            expected.add(List.of(service, "maxGrowth", "no baseline", "+10%", "pass"));
            expected.add(List.of(service, "vulnerabilities", "0", "none >= high (fixable)", "pass"));
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(gate.out()).doesNotContain("FAIL");
        assertThat(gate.out().strip()).endsWith("Gate passed: 9 checks on 3 services.");

        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertThat(report.path("passed").asBoolean()).isTrue();
        for (JsonNode service : report.path("services")) {
            String name = service.path("service").asText().substring("services/".length());
            assertThat(service.path("image").asText()).isEqualTo(images.get(name));
            assertThat(service.path("sizeBytes").asLong()).isEqualTo(engine.imageInspect(images.get(name)).sizeBytes());
        }
    }

    @Test
    void originalImagesFailEachSizeBudgetWithOneLineNamingFigureAndLimit() {
        Map<String, String> images = images(ExampleImages::image);
        long start = System.nanoTime();
        CliHarness.Result gate = gate(images);
        System.out.printf("ExampleGateIT: gate over the original images took %d s%n%s%n",
                (System.nanoTime() - start) / 1_000_000_000L, gate.out());

        assertThat(gate.exitCode()).as(gate.out() + gate.err()).isEqualTo(1);
        List<String> failLines = gate.out().lines().filter(line -> line.startsWith("FAIL ")).toList();
        List<String> expected = new ArrayList<>();
        for (String name : SERVICES) {
            long size = engine.imageInspect(images.get(name)).sizeBytes();
            long limit = BUDGETS.get(name);
            assertThat(size).as(name + " original over its budget").isGreaterThan(limit);
            expected.add("FAIL services/" + name + " maxSize: image is " + SizeText.of(size) + ", "
                    + SizeText.of(size - limit) + " over the " + SizeText.of(limit) + " budget");
        }
        assertThat(failLines).containsExactlyElementsOf(expected);
        assertThat(tableRows(gate.out())).filteredOn(row -> row.get(1).equals("vulnerabilities"))
                .allSatisfy(row -> assertThat(row.subList(2, 5)).containsExactly("0", "none >= high (fixable)", "pass"));
        assertThat(gate.out().strip()).endsWith("Gate failed: 3 of 9 checks failed.");
    }

    @Test
    void theScanOfTheOptimizedApiIsLiveAMediumThresholdFailsOnTheFixtureAdvisory() throws Exception {
        Path strict = dir.resolve("strict.yaml");
        Files.writeString(strict, """
                services:
                  api:
                    vulnerabilities:
                      failOn: medium
                      fixableOnly: true
                """);
        Map<String, String> image = Map.of("api", OptimizedExampleImages.image("api"));
        CliHarness.Result gate = gate(image, "--service", "api", "--config", strict.toString());

        assertThat(gate.exitCode()).as(gate.out() + gate.err()).isEqualTo(1);
        assertThat(gate.out()).contains("FAIL services/api vulnerabilities: 1 fixable vulnerability at or above medium:"
                + " DSA-9002-1 (medium) in zlib1g 1:1.2.13.dfsg-1, fixed in " + ZLIB_FIXED);
    }

    private static Map<String, String> images(Function<String, String> imageOf) {
        Map<String, String> images = new LinkedHashMap<>();
        SERVICES.forEach(name -> images.put(name, imageOf.apply(name)));
        return images;
    }

    /** {@code slimline gate examples/monorepo --image services/NAME=REF ... --db DB}, no baseline recorded. */
    private CliHarness.Result gate(Map<String, String> images, String... extra) {
        List<String> args = new ArrayList<>(List.of("gate", ExampleImages.root().toString(), "--db", db.toString(),
                "--baseline", dir.resolve("no-baseline.json").toString()));
        images.forEach((name, ref) -> args.addAll(List.of("--image", "services/" + name + "=" + ref)));
        args.addAll(List.of(extra));
        return CliHarness.run(args.toArray(String[]::new));
    }

    /** The table's body rows (service, check, figure, limit, result); columns are separated by two or more spaces. */
    private static List<List<String>> tableRows(String out) {
        return out.lines().filter(line -> line.startsWith("services/"))
                .map(line -> List.of(line.split(" {2,}"))).toList();
    }
}
