package dev.slimline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slimline.engine.Builder;
import dev.slimline.engine.CliDockerEngine;
import dev.slimline.engine.ComposeFlavour;
import dev.slimline.engine.EngineSetup;
import dev.slimline.engine.EngineTimeouts;
import dev.slimline.engine.FakeProcessRunner;
import dev.slimline.engine.ProcessResult;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.report.AuditReport;
import dev.slimline.report.Measurement;
import dev.slimline.report.ServiceReport;
import dev.slimline.rule.LintOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command lines a measured audit sends and how it folds the answers into the report. The engine is scripted
 * here; that the figures equal the real engine's is {@code MeasuredAuditIT}'s claim.
 */
class EngineImageMeasurerTest {

    private static final String D = "/usr/bin/docker";

    @TempDir
    Path dir;

    private final FakeProcessRunner runner = new FakeProcessRunner();

    private CliDockerEngine engine() {
        return new CliDockerEngine(runner, new EngineSetup(Path.of(D), Builder.BUILDKIT, ComposeFlavour.V1_BINARY,
                Path.of("/usr/bin/docker-compose"), ""), EngineTimeouts.defaults());
    }

    private static String inspect(String id, long size, int layers) {
        String diffIds = java.util.stream.IntStream.range(0, layers)
                .mapToObj(i -> "\"sha256:" + String.format("%064d", i) + "\"").collect(Collectors.joining(","));
        return "[{\"Id\": \"" + id + "\", \"RepoTags\": [], \"Config\": {\"Env\": [], \"Cmd\": null},"
                + " \"Size\": " + size + ", \"RootFS\": {\"Type\": \"layers\", \"Layers\": [" + diffIds + "]}}]";
    }

    private AuditReport audit(MeasureOptions options) {
        ImageMeasurer measurer = new EngineImageMeasurer(engine(), options, line -> { });
        return new Auditor(KnowledgeCatalog.bundled()).audit(dir, LintOptions.defaults(), measurer).report();
    }

    private static ServiceReport service(AuditReport report, String name) {
        return report.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void tagsAreValidRepositoryPathsNamedAfterTheService() {
        assertThat(EngineImageMeasurer.tagFor("services/api")).isEqualTo("slimline-audit/services/api:original");
        assertThat(EngineImageMeasurer.tagFor("services/Web App (prod)"))
                .isEqualTo("slimline-audit/services/web-app-prod:original");
        assertThat(EngineImageMeasurer.tagFor(".")).isEqualTo("slimline-audit/service:original");
    }

    @Test
    void buildsEachServiceUnlabelledWithItsOwnNetworkAndMeasuresSizeAndFileLayers() {
        Monorepo.write(dir);
        runner.answer(D + " image inspect slimline-audit/services/api:original",
                        ProcessResult.ok(inspect("sha256:aaa", 1_132_837_742L, 13)))
                .answer(D + " image inspect slimline-audit/services/worker:original",
                        ProcessResult.ok(inspect("sha256:bbb", 1_037_423_530L, 12)))
                .answer(D + " image inspect slimline-audit/services/web-app:original",
                        ProcessResult.ok(inspect("sha256:ccc", 1_455_241_317L, 11)));

        AuditReport report = audit(new MeasureOptions(true, Map.of(), Map.of("services/worker", "host"), null, null));

        List<List<String>> builds = runner.argvs().stream().filter(argv -> argv.get(1).equals("build")).toList();
        assertThat(builds).hasSize(3);
        List<String> worker = builds.stream().filter(argv -> argv.contains("slimline-audit/services/worker:original"))
                .findFirst().orElseThrow();
        assertThat(worker).containsSubsequence("--network", "host").doesNotContain("--label")
                .endsWith(dir.resolve("services/worker").toString());
        assertThat(builds).filteredOn(argv -> !argv.equals(worker)).allSatisfy(argv -> assertThat(argv)
                .doesNotContain("--network"));
        ServiceReport api = service(report, "services/api");
        assertThat(api.sizeBytes()).isEqualTo(1_132_837_742L);
        assertThat(api.layers()).isEqualTo(13);
        assertThat(api.estimated()).isFalse();
        assertThat(api.measurement().source()).isEqualTo(Measurement.Source.BUILD);
        assertThat(api.measurement().imageId()).contains("sha256:aaa");
        assertThat(report.savings().before()).isEqualTo(AuditReport.Savings.Basis.MEASURED);
        assertThat(report.savings().beforeBytes()).isEqualTo(1_132_837_742L + 1_037_423_530L + 1_455_241_317L);
    }

    @Test
    void aFailedBuildStaysOnItsRowWithTheEstimateAndTheOthersAreStillMeasured() {
        Monorepo.write(dir);
        runner.answer(D + " image inspect slimline-audit/", ProcessResult.ok(inspect("sha256:aaa", 500_000_000L, 9)))
                .answer(D + " build --progress=plain --file " + dir.resolve("services/worker/Dockerfile"),
                        ProcessResult.failed(1, "#8 ERROR: process \"/bin/sh -c pip install -r requirements.txt\""
                                + " did not complete successfully: exit code: 1"));

        AuditReport report = audit(new MeasureOptions(true, Map.of(), Map.of(), null, null));

        ServiceReport worker = service(report, "services/worker");
        assertThat(worker.measurement().failure()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("build failed (exit 1)").contains("pip install -r requirements.txt"));
        assertThat(worker.estimated()).isTrue();
        assertThat(worker.sizeBytes()).isNotEqualTo(500_000_000L).isPositive();
        assertThat(service(report, "services/api").sizeBytes()).isEqualTo(500_000_000L);
        assertThat(service(report, "services/web-app").measured()).isTrue();
        assertThat(report.savings().before()).isEqualTo(AuditReport.Savings.Basis.PARTLY_MEASURED);
    }

    @Test
    void aGivenImageIsInspectedInsteadOfBuilt() {
        Monorepo.write(dir);
        runner.answer(D + " image inspect registry.example/api:1.4", ProcessResult.ok(inspect("sha256:ddd", 42, 3)));

        AuditReport report = audit(new MeasureOptions(false, Map.of("services/api", "registry.example/api:1.4"),
                Map.of(), null, null));

        assertThat(runner.argvs()).noneMatch(argv -> argv.get(1).equals("build"));
        ServiceReport api = service(report, "services/api");
        assertThat(api.sizeBytes()).isEqualTo(42);
        assertThat(api.layers()).isEqualTo(3);
        assertThat(api.measurement().source()).isEqualTo(Measurement.Source.IMAGE);
        assertThat(service(report, "services/worker").measurement()).isEqualTo(Measurement.estimate());
    }

    @Test
    void shortServiceNamesResolveAndUnknownOnesAreNamed() {
        List<String> names = List.of("services/api", "services/worker", "tools/api");
        MeasureOptions options = new MeasureOptions(true, Map.of("worker", "w:1"), Map.of("services/api", "host"),
                null, null);

        MeasureOptions resolved = options.resolve(names);

        assertThat(resolved.imageFor("services/worker")).isEqualTo(Optional.of("w:1"));
        assertThat(resolved.networkFor("services/api")).isEqualTo("host");
        assertThatThrownBy(() -> new MeasureOptions(true, Map.of("api", "a:1"), Map.of(), null, null).resolve(names))
                .hasMessageContaining("--image api: several services end in that name");
        assertThatThrownBy(() -> new MeasureOptions(true, Map.of(), Map.of("cron", "host"), null, null).resolve(names))
                .hasMessage("--build-network cron: no service of that name; services: services/api, services/worker,"
                        + " tools/api");
    }
}
