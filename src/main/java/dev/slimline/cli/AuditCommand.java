package dev.slimline.cli;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.audit.AuditOutcome;
import dev.slimline.audit.Auditor;
import dev.slimline.audit.EngineImageMeasurer;
import dev.slimline.audit.ImageMeasurer;
import dev.slimline.audit.MeasureOptions;
import dev.slimline.config.ConfigLoader;
import dev.slimline.config.SlimlineConfig;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.project.ServiceModel;
import dev.slimline.project.DockerfileService;
import dev.slimline.report.AuditReport;
import dev.slimline.report.JsonRenderer;
import dev.slimline.report.MarkdownRenderer;
import dev.slimline.report.ReportRenderer;
import dev.slimline.report.SarifRenderer;
import dev.slimline.report.TableRenderer;
import dev.slimline.rule.LintOptions;
import dev.slimline.rule.Linter;
import dev.slimline.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code slimline audit [DIR]}: the per-service table of base image, size, layers and top issue. Sizes are
 * estimates unless {@code --build} or {@code --image} measure real images on the engine.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits every Dockerfile under DIR (or one Dockerfile): base image, estimated size (~),",
            "layers, the top issue per service, missing .dockerignore files and the estimated saving.",
            "Dockerfiles that do not parse are listed as file:line:col and the rest are audited.",
            "With --build (or --image), sizes and layers are measured on the Docker engine instead."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:audited; no finding at or above --fail-on",
            "1:a finding at or above --fail-on",
            "2:usage error (unknown option or --format)",
            "3:bad input: missing path, malformed config; a single Dockerfile that does not parse; with --fail-on,"
                    + " any Dockerfile that does not parse or (with --build/--image) any service not measured",
            "4:--build or --image given and no Docker engine answers"})
public final class AuditCommand implements Callable<Integer> {

    /** Output formats of {@code --format}. */
    enum Format { TABLE, JSON, SARIF, MARKDOWN }

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR",
            description = "Directory to audit, or one Dockerfile (default: the current directory).")
    Path target;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json, sarif or markdown (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at or above SEVERITY (info, low, medium, high, critical);"
                    + " default: failOn from the config, else never.")
    Severity failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: DIR/.slimline.yaml when present).")
    Path config;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--build", description = {"Build every service's Dockerfile on the engine (as"
            + " slimline-audit/<service>:original, labelled dev.slimline.audit=true; the images are kept) and show its"
            + " measured size and layer count instead of estimates. A service that fails to build keeps its estimate"
            + " and the failure is shown on its row."})
    boolean build;

    @Option(names = "--image", paramLabel = "SERVICE=IMAGE",
            description = "Measure IMAGE, already in the engine, as SERVICE's image instead of building it"
                    + " (repeatable). SERVICE is the name in the table or its last path segment.")
    Map<String, String> images = new LinkedHashMap<>();

    @Option(names = "--build-network", paramLabel = "[SERVICE=]NETWORK",
            description = {"Build network for --build: NETWORK for every service, or SERVICE=NETWORK for one"
                    + " (repeatable). Use host when builds must reach a package mirror on the host's loopback,"
                    + " e.g. --build-network worker=host for pip reading a wheelhouse on 127.0.0.1."})
    List<String> buildNetworks = new ArrayList<>();

    @Mixin
    EngineOptions engine;

    @Mixin
    ServiceBuildOptions serviceOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.exists(target)) {
            throw SlimlineException.badInput(SourceLocation.of(target), "no such file or directory");
        }
        SlimlineConfig settings = loadConfig();
        LintOptions options = settings.applyTo(LintOptions.defaults());
        PrintWriter err = spec.commandLine().getErr();
        ServiceModel model = serviceOptions.read(target);
        AuditOutcome outcome = new Auditor(KnowledgeCatalog.bundled()).audit(target, model, options, measurer(model, err));
        AuditReport report = outcome.report();
        for (AuditReport.ParseError error : report.parseErrors()) {
            err.println("slimline: " + error.oneLine());
        }
        err.flush();
        if (Files.isRegularFile(target) && !report.parseErrors().isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        write(renderer().render(report));
        Optional<Severity> threshold = Optional.ofNullable(failOn).or(settings::failOn);
        if (threshold.isPresent() && !report.parseErrors().isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        if (threshold.isPresent() && report.services().stream().anyMatch(s -> s.measurement().failure().isPresent())) {
            return ExitCodes.BAD_INPUT;
        }
        boolean failed = threshold.isPresent() && outcome.highestSeverity().map(s -> s.atLeast(threshold.get())).orElse(false);
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Estimates only, unless --build or --image asked for the engine (which must then answer: exit 4). */
    private ImageMeasurer measurer(ServiceModel model, PrintWriter err) {
        MeasureOptions measure = measureOptions();
        if (!measure.any()) {
            return ImageMeasurer.none();
        }
        List<String> names = model.services().stream().map(DockerfileService::name).toList();
        try {
            measure = measure.resolve(names);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return new EngineImageMeasurer(engine.connect(), measure, line -> {
            err.println("slimline: " + line);
            err.flush();
        });
    }

    private MeasureOptions measureOptions() {
        Map<String, String> perService = new LinkedHashMap<>();
        String everyService = null;
        for (String value : buildNetworks) {
            int eq = value.indexOf('=');
            if (eq < 0) {
                everyService = value;
            } else if (eq == 0 || eq == value.length() - 1) {
                throw new ParameterException(spec.commandLine(), "--build-network " + value
                        + ": expected NETWORK or SERVICE=NETWORK");
            } else {
                perService.put(value.substring(0, eq), value.substring(eq + 1));
            }
        }
        return new MeasureOptions(build, images, perService, everyService, null);
    }

    private SlimlineConfig loadConfig() {
        ConfigLoader loader = new ConfigLoader(Linter.builtinEngine().ruleIds());
        if (config != null) {
            return loader.load(config);
        }
        Path dir = Files.isDirectory(target) ? target : target.toAbsolutePath().getParent();
        return loader.loadFromDirectory(dir);
    }

    private ReportRenderer renderer() {
        return switch (format) {
            case TABLE -> new TableRenderer();
            case JSON -> new JsonRenderer();
            case SARIF -> new SarifRenderer(Optional.ofNullable(SlimlineCommand.class.getPackage().getImplementationVersion())
                    .orElse("development"));
            case MARKDOWN -> new MarkdownRenderer();
        };
    }

    private void write(String rendered) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(rendered);
            out.flush();
            return;
        }
        try {
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SlimlineException.badInput(SourceLocation.of(output), "cannot write report: " + e.getMessage());
        }
    }
}
