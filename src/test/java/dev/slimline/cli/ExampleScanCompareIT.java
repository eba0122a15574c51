package dev.slimline.cli;

import static dev.slimline.cli.ExampleAdvisories.BINUTILS;
import static dev.slimline.cli.ExampleAdvisories.BRACE_EXPANSION;
import static dev.slimline.cli.ExampleAdvisories.CELERY_FIXED_LONG_AGO;
import static dev.slimline.cli.ExampleAdvisories.CROSS_SPAWN;
import static dev.slimline.cli.ExampleAdvisories.ESLINT;
import static dev.slimline.cli.ExampleAdvisories.GCC;
import static dev.slimline.cli.ExampleAdvisories.GIT;
import static dev.slimline.cli.ExampleAdvisories.GLIBC;
import static dev.slimline.cli.ExampleAdvisories.GLOB;
import static dev.slimline.cli.ExampleAdvisories.HANDLEBARS;
import static dev.slimline.cli.ExampleAdvisories.IMAGEMAGICK;
import static dev.slimline.cli.ExampleAdvisories.LIBXML2;
import static dev.slimline.cli.ExampleAdvisories.MERCURIAL;
import static dev.slimline.cli.ExampleAdvisories.OPENSSL_FIXED_LONG_AGO;
import static dev.slimline.cli.ExampleAdvisories.PIP;
import static dev.slimline.cli.ExampleAdvisories.REDIS;
import static dev.slimline.cli.ExampleAdvisories.SETUPTOOLS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slimline.engine.TestEngines;
import dev.slimline.examples.ExampleImages;
import dev.slimline.examples.OptimizedExampleImages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The done-when on the testbed: {@code slimline scan --compare ORIGINAL OPTIMIZED} of each example service
 * (the original image as the monorepo builds it, the optimized one as {@code slimline optimize --all --write
 * --base-family slim} rewrites it) shows fewer packages in the optimized image and no vulnerability introduced,
 * against a fixture OSV database ({@link ExampleAdvisories}) with advisories for packages those images really carry.
 * Advisories on build tools and dev dependencies must show as removed, those on packages both keep as in both.
 *
 * <p>Each image is exported once ({@code docker save}, 10-30 s per GB on the testbed engine) and the three commands
 * here read that archive through the same stream reader an engine export goes through; {@link ScanIT} compares images
 * read straight from the engine.
 */
class ExampleScanCompareIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ROW = Pattern.compile("(?m)^(before|after)\\s+(\\S+)\\s+(\\d+)\\s+(\\d+)$");

    /** Per service: advisories (id, package) that only the original image has. */
    private static final Map<String, List<String>> REMOVED = Map.of(
            "api", List.of(LIBXML2 + " deb:libxml2", GIT + " deb:git", BINUTILS + " deb:binutils",
                    IMAGEMAGICK + " deb:imagemagick", GCC + " deb:gcc-12", GLIBC + " deb:libc6-dev",
                    HANDLEBARS + " npm:handlebars", MERCURIAL + " pypi:mercurial"),
            "worker", List.of(LIBXML2 + " deb:libxml2", GIT + " deb:git", BINUTILS + " deb:binutils",
                    IMAGEMAGICK + " deb:imagemagick", GCC + " deb:gcc-12", GLIBC + " deb:libc6-dev",
                    MERCURIAL + " pypi:mercurial"),
            "web-app", List.of(LIBXML2 + " deb:libxml2", GIT + " deb:git", BINUTILS + " deb:binutils",
                    GCC + " deb:gcc-12", GLIBC + " deb:libc6-dev", ESLINT + " npm:eslint"));

    /** Per service: advisories (id, package) on packages the optimized image keeps at the same version. */
    private static final Map<String, List<String>> IN_BOTH = Map.of(
            "api", List.of(GLIBC + " deb:libc6", GCC + " deb:libgcc-s1", CROSS_SPAWN + " npm:cross-spawn",
                    BRACE_EXPANSION + " npm:brace-expansion", GLOB + " npm:glob"),
            "worker", List.of(GLIBC + " deb:libc6", GCC + " deb:libgcc-s1", PIP + " pypi:pip",
                    SETUPTOOLS + " pypi:setuptools", REDIS + " pypi:redis"),
            "web-app", List.of(GLIBC + " deb:libc6", GCC + " deb:libgcc-s1", CROSS_SPAWN + " npm:cross-spawn",
                    BRACE_EXPANSION + " npm:brace-expansion", GLOB + " npm:glob"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"api", "worker", "web-app"})
    void theOptimizedImageCarriesFewerPackagesAndIntroducesNoVulnerability(String service, @TempDir Path dir)
            throws IOException {
        String original = saved(ExampleImages.image(service), dir.resolve("original.tar"));
        String optimized = saved(OptimizedExampleImages.image(service), dir.resolve("optimized.tar"));
        Path db = dir.resolve("osv");
        FixtureAdvisories.load(db, ExampleAdvisories.archives(debianSources(original)));

        CliHarness.Result jsonRun = CliHarness.run("scan", "--compare", original, optimized, "--db", db.toString(),
                "--format", "json", "--fail-on", "low");
        assertThat(jsonRun.exitCode()).as(jsonRun.err()).isZero();
        JsonNode json = JSON.readTree(jsonRun.out());
        JsonNode before = json.path("before");
        JsonNode after = json.path("after");
        int packagesBefore = before.path("packageCount").asInt();
        int packagesAfter = after.path("packageCount").asInt();
        assertThat(packagesAfter).as("packages in %s vs %s", optimized, original).isPositive().isLessThan(packagesBefore);
        assertThat(before.path("packages")).hasSize(packagesBefore);

        // The compare's own verdict ...
        assertThat(json.path("vulnerabilitiesAdded")).isEmpty();
        assertThat(json.path("introducesNoVulnerability").asBoolean()).isTrue();
        Set<String> removed = keys(json.path("vulnerabilitiesRemoved"));
        assertThat(removed).containsAll(REMOVED.get(service));
        // ... checked against the two scans it compares: every finding in the optimized image is one the original
        // has too, and removed is exactly what only the original has.
        Set<String> old = keys(before.path("vulnerabilities"));
        Set<String> now = keys(after.path("vulnerabilities"));
        assertThat(now).containsAll(IN_BOTH.get(service)).doesNotContainAnyElementsOf(REMOVED.get(service));
        assertThat(old).containsAll(now);
        Set<String> onlyOld = new LinkedHashSet<>(old);
        onlyOld.removeAll(now);
        assertThat(removed).isEqualTo(onlyOld);
        assertThat(jsonRun.out()).doesNotContain(OPENSSL_FIXED_LONG_AGO, CELERY_FIXED_LONG_AGO);
        assertThat(names(json.path("packagesRemoved"))).contains("deb:libxml2", "deb:git", "deb:binutils");

        CliHarness.Result table = CliHarness.run("scan", "--compare", original, optimized, "--db", db.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
        Matcher rows = ROW.matcher(table.out());
        assertThat(rows.find()).as(table.out()).isTrue();
        assertThat(List.of(rows.group(1), rows.group(2), rows.group(3), rows.group(4)))
                .containsExactly("before", original, String.valueOf(packagesBefore),
                        String.valueOf(before.path("vulnerabilities").size()));
        assertThat(rows.find()).as(table.out()).isTrue();
        assertThat(List.of(rows.group(1), rows.group(2), rows.group(3), rows.group(4)))
                .containsExactly("after", optimized, String.valueOf(packagesAfter),
                        String.valueOf(after.path("vulnerabilities").size()));
        assertThat(table.out())
                .contains("Packages: %d removed, %d added".formatted(json.path("packagesRemoved").size(),
                        json.path("packagesAdded").size()))
                .contains("Vulnerabilities: %d removed, 0 added, %d in both".formatted(removed.size(), now.size()))
                .contains("The new image introduces no vulnerabilities.")
                .doesNotContainPattern("(?m)^  \\+ (CRITICAL|HIGH|MEDIUM|LOW|UNKNOWN)");
        for (String key : REMOVED.get(service)) {
            String[] idAndPackage = key.split(" ");
            assertThat(table.out()).containsPattern("(?m)^  - \\S+( \\d+\\.\\d)?\\s+" + Pattern.quote(idAndPackage[0])
                    + "\\s+" + Pattern.quote(idAndPackage[1]) + "\\s");
        }
    }

    /** The image as {@code docker save} exports it, in {@code archive}; returns the archive's path. */
    private static String saved(String image, Path archive) throws IOException {
        try (InputStream save = TestEngines.real().save(image)) {
            Files.copy(save, archive);
        }
        return archive.toString();
    }

    /** Source package to installed source version, from the original image's SBOM (for the fixture's Debian fixes). */
    private static Map<String, String> debianSources(String image) throws IOException {
        CliHarness.Result sbom = CliHarness.run("sbom", image);
        assertThat(sbom.exitCode()).as(sbom.err()).isZero();
        Map<String, String> sources = new HashMap<>();
        for (JsonNode component : JSON.readTree(sbom.out()).path("components")) {
            Map<String, String> properties = new HashMap<>();
            component.path("properties").forEach(p -> properties.put(p.path("name").asText(), p.path("value").asText()));
            if ("deb".equals(properties.get("slimline:package:type"))) {
                sources.put(properties.getOrDefault("slimline:package:source", component.path("name").asText()),
                        properties.getOrDefault("slimline:package:sourceVersion", component.path("version").asText()));
            }
        }
        return sources;
    }

    /** "ID type:package" of each finding: a vulnerability's identity across images, as the compare defines it. */
    private static Set<String> keys(JsonNode findings) {
        Set<String> keys = new LinkedHashSet<>();
        findings.forEach(f -> keys.add(f.path("id").asText() + " " + f.path("packageType").asText() + ":"
                + f.path("package").asText()));
        return keys;
    }

    private static Set<String> names(JsonNode packages) {
        Set<String> names = new LinkedHashSet<>();
        packages.forEach(p -> names.add(p.path("type").asText() + ":" + p.path("name").asText()));
        return names;
    }
}
