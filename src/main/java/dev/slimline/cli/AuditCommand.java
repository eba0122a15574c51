package dev.slimline.cli;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.audit.AuditOutcome;
import dev.slimline.audit.Auditor;
import dev.slimline.audit.EngineImageMeasurer;
import dev.slimline.audit.ImageMeasurer;
import dev.slimline.audit.MeasureOptions;
import dev.slimline.config.ConfigLoader;
import dev.slimline.io.ColourChoice;
import dev.slimline.config.HadolintConfig;
import dev.slimline.config.SlimlineConfig;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.optimize.Optimizer;
import dev.slimline.optimize.OptimizerDecision;
import dev.slimline.project.ServiceModel;
import dev.slimline.project.DockerfileService;
import dev.slimline.report.AuditReport;
import dev.slimline.report.CheckstyleRenderer;
import dev.slimline.report.CodeClimateRenderer;
import dev.slimline.report.JsonRenderer;
import dev.slimline.report.MarkdownRenderer;
import dev.slimline.report.ReportRenderer;
import dev.slimline.report.SarifRenderer;
import dev.slimline.report.TableRenderer;
import dev.slimline.rule.LintOptions;
import dev.slimline.rule.Linter;
import dev.slimline.Severity;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    enum Format { TABLE, JSON, SARIF, MARKDOWN, CHECKSTYLE, CODECLIMATE }

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR",
            description = "Directory to audit, or one Dockerfile (default: the current directory).")
    Path target;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json, sarif, markdown, checkstyle or codeclimate (GitLab code quality)"
                    + " (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at or above SEVERITY (info, low, medium, high, critical);"
                    + " default: failOn from the config, else never.")
    Severity failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: DIR/.slimline.yaml when present).")
    Path config;

    @Mixin
    ReportOutputOption output;

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

    @Option(names = "--ignore", paramLabel = "RULE",
            description = "Skip a rule, by slimline ID (SL1001) or the hadolint ID it covers (DL3009); repeatable.")
    List<String> ignore = new ArrayList<>();

    @Mixin
    EngineOptions engine;

    /** Quiets the --build progress lines. */
    @Mixin
    QuietOption quiet;

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
        LintOptions hadolint = HadolintConfig.find(auditedDir())
                .map(file -> HadolintConfig.applyTo(file, Linter.builtinEngine(), LintOptions.defaults()))
                .orElse(LintOptions.defaults());
        LintOptions options = settings.applyTo(hadolint);
        options = options.withIgnoredRules(ignoredRules(options));
        PrintWriter err = spec.commandLine().getErr();
        ServiceModel model = serviceOptions.read(target);
        // Nothing found, nothing to look up: an empty audit skips reading the bundled catalog.
        KnowledgeCatalog catalog = model.services().isEmpty() ? KnowledgeCatalog.empty() : KnowledgeCatalog.bundled();
        AuditOutcome outcome = new Auditor(catalog, new OptimizerDecision(new Optimizer(catalog)))
                .audit(target, model, options, measurer(model, err));
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
        return new EngineImageMeasurer(engine.connect(), measure, quiet.lines(err, "slimline: "));
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

    /** {@code --ignore} IDs added to what the configs ignore; an ID neither slimline nor a mapped DL rule is a usage error. */
    private Set<String> ignoredRules(LintOptions options) {
        Set<String> ignored = new HashSet<>(options.ignoredRules());
        for (String id : ignore) {
            Set<String> rules = Linter.builtinEngine().ruleIds().contains(id) ? Set.of(id)
                    : Linter.builtinEngine().forHadolint(id);
            if (rules.isEmpty()) {
                throw new ParameterException(spec.commandLine(),
                        "--ignore: unknown rule '" + id + "' (a slimline ID like SL1001 or a hadolint ID slimline covers)");
            }
            ignored.addAll(rules);
        }
        return ignored;
    }

    /** Where configs are looked for: the audited directory, or the audited Dockerfile's. */
    private Path auditedDir() {
        return Files.isDirectory(target) ? target : target.toAbsolutePath().getParent();
    }

    private SlimlineConfig loadConfig() {
        ConfigLoader loader = new ConfigLoader(Linter.builtinEngine().ruleIds());
        if (config != null) {
            return loader.load(config);
        }
        return loader.loadFromDirectory(auditedDir());
    }

    private ReportRenderer renderer() {
        return switch (format) {
            case TABLE -> new TableRenderer(output.file() == null && ColourChoice.forStandardOutput());
            case JSON -> new JsonRenderer();
            case SARIF -> new SarifRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case CHECKSTYLE -> new CheckstyleRenderer();
            case CODECLIMATE -> new CodeClimateRenderer();
        };
    }

    private void write(String rendered) {
        output.write(spec.commandLine().getOut(), rendered);
    }
}
