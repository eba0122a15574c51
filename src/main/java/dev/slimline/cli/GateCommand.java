package dev.slimline.cli;

import dev.slimline.io.AtomicWriter;
import dev.slimline.SlimlineException;
import dev.slimline.config.ConfigLoader;
import dev.slimline.config.SlimlineConfig;
import dev.slimline.engine.DockerEngine;
import dev.slimline.gate.Baseline;
import dev.slimline.gate.GateResult;
import dev.slimline.gate.GateRunner;
import dev.slimline.gate.ImageFiguresMeasurer;
import dev.slimline.gate.report.GateFormat;
import dev.slimline.project.ServiceSelector;
import dev.slimline.project.DockerfileService;
import dev.slimline.rule.Linter;
import dev.slimline.scan.osv.OsvDatabase;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slimline gate [DIR]}: builds, measures and scans every service and checks it against its budget. */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"Builds each service (or takes --image SERVICE=REF), measures its size and waste, scans it with",
            "the offline OSV database, and checks every budget in .slimline.yaml (maxSize, maxGrowth,",
            "minEfficiency, maxWastedBytes, vulnerabilities). Prints service x check with figure and limit."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every budget holds", "1:a budget failed", "2:usage error",
            "3:bad input (malformed config or baseline, unknown service, build failure)",
            "4:no Docker engine, or no OSV database when a budget checks vulnerabilities"})
public final class GateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR",
            description = "Project directory (default: the current directory).")
    private Path root;

    @Option(names = "--image", paramLabel = "SERVICE=REF", description = "Gate this image instead of building the service.")
    private Map<String, String> images = new LinkedHashMap<>();

    @Option(names = "--service", paramLabel = "NAME", description = "Gate only these services (name or last path segment).")
    private List<String> only = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table, json, junit, sarif, github, markdown or html (default: ${DEFAULT-VALUE}).")
    private GateFormat format;

    @Option(names = "--report", paramLabel = "FORMAT=FILE",
            description = "Also write FORMAT to FILE (repeatable), e.g. --report sarif=slimline.sarif.")
    private Map<GateFormat, Path> reports = new LinkedHashMap<>();

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: DIR/.slimline.yaml).")
    private Path config;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Baseline sizes (default: DIR/" + Baseline.FILE_NAME + ").")
    private Path baselineFile;

    @Option(names = "--update-baseline", description = "Record the measured sizes in the baseline file.")
    private boolean updateBaseline;

    @Option(names = "--build-network", paramLabel = "NETWORK", description = "Build network (host to reach a wheelhouse on 127.0.0.1).")
    private String network;

    @Mixin
    private DbOptions db;

    @Mixin
    private EngineOptions engineOptions;

    @Mixin
    private QuietOption quiet;

    @Mixin
    private ServiceBuildOptions serviceOptions;

    @Override
    public Integer call() {
        if (!Files.isDirectory(root)) {
            throw SlimlineException.badInput(root + ": not a directory");
        }
        ConfigLoader loader = new ConfigLoader(Linter.builtinEngine().ruleIds());
        SlimlineConfig settings = config != null ? loader.load(config) : loader.loadFromDirectory(root);
        List<DockerfileService> services = selected(serviceOptions.read(root).services());
        Path baselinePath = baselineFile != null ? baselineFile : root.resolve(Baseline.FILE_NAME);
        Baseline baseline = Baseline.load(baselinePath);
        boolean scanning = services.stream()
                .anyMatch(s -> settings.budgetFor(s.name()).vulnerabilities().failOn().isPresent());
        DockerEngine engine = engineOptions.connect();
        PrintWriter err = spec.commandLine().getErr();
        GateResult result;
        try (OsvDatabase database = scanning ? OsvDatabase.open(db.directory()) : null) {
            ImageFiguresMeasurer measurer = new ImageFiguresMeasurer(engine, Optional.ofNullable(database), LocalDate.now());
            GateRunner runner = new GateRunner(engine, measurer, new GateRunner.Options(images, network, null),
                    quiet.lines(err, ""));
            result = runner.run(root, Path.of(""), settings, services, baseline);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(format.render(result));
        out.flush();
        reports.forEach((reportFormat, file) -> AtomicWriter.write(file, reportFormat.render(result) + "\n"));
        if (updateBaseline) {
            AtomicWriter.write(baselinePath, baseline.record(result, Instant.now()).toJson());
            err.println("baseline recorded in " + baselinePath);
            err.flush();
        }
        return result.passed() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private List<DockerfileService> selected(List<DockerfileService> discovered) {
        if (discovered.isEmpty()) {
            throw SlimlineException.badInput(root + ": no Dockerfile found");
        }
        for (String name : images.keySet()) {
            selectOne(discovered, name, "--image ");
        }
        if (only.isEmpty()) {
            return discovered;
        }
        List<DockerfileService> chosen = new ArrayList<>();
        for (String name : only) {
            DockerfileService service = selectOne(discovered, name, "--service ");
            if (!chosen.contains(service)) {
                chosen.add(service);
            }
        }
        return chosen;
    }

    private DockerfileService selectOne(List<DockerfileService> discovered, String name, String option) {
        try {
            return ServiceSelector.select(discovered, name);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + e.getMessage());
        }
    }
}
