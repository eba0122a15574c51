package dev.slimline.cli;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.engine.DockerEngine;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.verify.HtmlVerifyRenderer;
import dev.slimline.verify.ImpactSettings;
import dev.slimline.verify.JsonVerifyRenderer;
import dev.slimline.verify.MarkdownVerifyRenderer;
import dev.slimline.verify.OptimizedDockerfileSource;
import dev.slimline.verify.OptimizerOutput;
import dev.slimline.verify.Progress;
import dev.slimline.verify.RunCleanup;
import dev.slimline.verify.RunLabel;
import dev.slimline.verify.ScriptEmitter;
import dev.slimline.verify.TextVerifyRenderer;
import dev.slimline.verify.Verifier;
import dev.slimline.verify.VerifyPlan;
import dev.slimline.verify.VerifyPlanner;
import dev.slimline.verify.VerifyRenderer;
import dev.slimline.verify.VerifyReport;
import dev.slimline.verify.VerifySettings;
import dev.slimline.verify.WorkDirectory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slimline verify}: builds, runs and compares original and optimized images; exit 1 when a check fails. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Builds the original and the optimized image of each service, runs both (with the sidecars",
            "the repository's compose file names, e.g. redis), and checks: health (HTTP route, command probe or",
            "HEALTHCHECK, with response time), the user the process runs as (not root), no compilers, no package",
            "caches, a HEALTHCHECK, sizes before/after with pull time and storage cost, and the runtime contract",
            "(entrypoint/cmd, ports, env, workdir, user). Everything it creates is removed afterwards unless --keep.",
            "With --emit DIR it writes the same checks as scripts/verify-docker-optimization.sh and",
            "docker-compose.verify.yml instead."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every check passed", "1:a check failed (the report names it with its evidence)",
            "2:usage error", "3:bad input (path, Dockerfile, compose file)", "4:Docker engine unavailable"})
public final class VerifyCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { TEXT, JSON, MARKDOWN, HTML }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The project (default: current directory).")
    private Path root;

    @Parameters(index = "1..*", paramLabel = "SERVICE", description = "Services to verify (default: all), e.g. api.")
    private List<String> services = new ArrayList<>();

    @Option(names = "--optimized", paramLabel = "[SERVICE=]FILE",
            description = "The optimized Dockerfile of a service (repeatable); FILE alone with --original.")
    private List<String> optimized = new ArrayList<>();

    @Option(names = "--original", paramLabel = "FILE", description = "Verify this one Dockerfile against --optimized FILE.")
    private Path original;

    @Option(names = "--health-path", paramLabel = "[SERVICE=]PATH",
            description = "HTTP route to probe (default: the first of /health, /healthz, /api/health, / to answer 2xx).")
    private List<String> healthPaths = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, markdown or html (one self-contained file) (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report (in --format) to FILE, replaced atomically, instead of standard output;"
                    + " then only the progress (standard error) and, for a --format other than text, the text summary"
                    + " (standard output) are printed.")
    private Path output;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write the self-contained HTML report to FILE (a CI artifact for reviewers).")
    private Path html;

    @Option(names = "--network-mbps", defaultValue = "100", paramLabel = "MBIT",
            description = "Pull bandwidth for the pull-time estimate, in Mbit/s (default: ${DEFAULT-VALUE}).")
    private double networkMbps;

    @Option(names = "--price-per-gb-month", defaultValue = "0.10", paramLabel = "USD",
            description = "Registry storage price per GB and month (default: ${DEFAULT-VALUE}).")
    private double pricePerGbMonth;

    @Option(names = "--build-timeout", defaultValue = "20m", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Longest one image build may take (default: ${DEFAULT-VALUE}).")
    private Duration buildTimeout;

    @Option(names = "--probe-timeout", defaultValue = "2m", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Longest a service may take to become healthy (default: ${DEFAULT-VALUE}).")
    private Duration probeTimeout;

    @Option(names = "--build-network", paramLabel = "NETWORK",
            description = "Build network for services whose compose file names none (e.g. host).")
    private String buildNetwork;

    @Option(names = "--keep", description = "Keep the images, containers, networks and volumes (label dev.slimline.verify).")
    private boolean keep;

    @Option(names = "--run-id", paramLabel = "ID",
            description = "Label value for everything this run creates (dev.slimline.verify=ID; default: random),"
                    + " e.g. the CI job id, to find what a --keep run left.")
    private String runId;

    @Option(names = "--emit", paramLabel = "DIR",
            description = "Write scripts/verify-docker-optimization.sh and docker-compose.verify.yml into DIR instead.")
    private Path emit;

    @Option(names = "--force", description = "With --emit: overwrite files that exist.")
    private boolean force;

    @Option(names = "--base-family", defaultValue = "auto", paramLabel = "FAMILY",
            description = "For Dockerfiles the optimizer writes: slim, alpine, distroless or auto (default: ${DEFAULT-VALUE}).")
    private BaseImageChoice.Family baseFamily;

    @Mixin
    private EngineOptions engineOptions;

    @Mixin
    private QuietOption quiet;

    /** Also {@code --context DIR}: the build context with {@code --original} (default: its directory). */
    @Mixin
    private ServiceBuildOptions serviceOptions;

    private final Function<BaseImageChoice.Family, OptimizedDockerfileSource> optimizer;

    /** With the optimizer's own output, made only when a service has no --optimized Dockerfile. */
    public VerifyCommand() {
        this(OptimizerOutput::withFamily);
    }

    VerifyCommand(Function<BaseImageChoice.Family, OptimizedDockerfileSource> optimizer) {
        this.optimizer = optimizer;
    }

    @Override
    public Integer call() throws IOException {
        ImpactSettings impact;
        try {
            impact = new ImpactSettings(networkMbps, pricePerGbMonth);
            if (runId != null) {
                new RunLabel(runId);
            }
        } catch (IllegalArgumentException e) {
            throw SlimlineException.badInput(e.getMessage());
        }
        if (emit != null) {
            // optimized Dockerfiles from the optimizer must outlive the run: they go beside the emitted script
            VerifyPlan plan = plan(emit.resolve("verify-optimized"));
            List<Path> written = new ScriptEmitter().emit(plan, emit, force);
            PrintWriter out = spec.commandLine().getOut();
            written.forEach(file -> out.println("wrote " + file));
            out.flush();
            return ExitCodes.OK;
        }
        Path workDir = Files.createTempDirectory("slimline-verify-");
        try {
            VerifyPlan plan = plan(workDir);
            return verify(plan, new VerifySettings(buildTimeout, probeTimeout, impact, keep, buildNetwork), workDir);
        } finally {
            if (!keep) {
                WorkDirectory.delete(workDir);
            }
        }
    }

    private int verify(VerifyPlan plan, VerifySettings settings, Path workDir) {
        DockerEngine engine = engineOptions.connect();
        RunLabel label = runId == null ? RunLabel.fresh() : new RunLabel(runId);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = quiet.progress(err, System.console() != null && output == null && format == Format.TEXT);
        VerifyReport report;
        try (RunCleanup cleanup = new RunCleanup(engine, label, keep)) {
            report = new Verifier(engine, settings, progress, label, cleanup, workDir)
                    .verify(plan.root(), plan.services(), plan.sidecars());
        } finally {
            progress.done();
        }
        if (keep) {
            err.println("kept: remove with `docker rm -f $(docker ps -aq --filter label=" + label.filter()
                    + ")`, then images, networks and volumes with the same filter");
            err.flush();
        }
        write(output, renderer().render(report));
        if (output != null && format != Format.TEXT) {
            write(null, new TextVerifyRenderer().render(report));
        }
        if (html != null) {
            write(html, new HtmlVerifyRenderer().render(report));
        }
        return report.passed() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private VerifyPlan plan(Path workDir) {
        Map<String, String> health = pairs(healthPaths, "--health-path");
        if (original != null) {
            if (optimized.size() != 1 || optimized.get(0).contains("=")) {
                throw SlimlineException.badInput("--original FILE needs exactly one --optimized FILE");
            }
            return VerifyPlanner.single(original, Path.of(optimized.get(0)), serviceOptions.globalContext().orElse(null),
                    health.values().stream().findFirst().orElse(null), buildNetwork);
        }
        Map<String, Path> optimizedFiles = new LinkedHashMap<>();
        pairs(optimized, "--optimized").forEach((service, file) -> {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                throw SlimlineException.badInput(SourceLocation.of(path), "no such file");
            }
            optimizedFiles.put(service, path);
        });
        Path dir = root != null ? root : Path.of(".");
        return new VerifyPlanner(service -> optimizer.apply(baseFamily).optimize(service), workDir).plan(dir,
                serviceOptions.read(dir), services, optimizedFiles, health);
    }

    /** {@code SERVICE=VALUE} options as a map; a bare VALUE only with a single service. */
    private static Map<String, String> pairs(List<String> values, String option) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String value : values) {
            int eq = value.indexOf('=');
            if (eq <= 0) {
                if (option.equals("--optimized")) {
                    throw SlimlineException.badInput(option + " " + value + ": write SERVICE=FILE (or use --original)");
                }
                map.put("", value);
            } else {
                map.put(value.substring(0, eq), value.substring(eq + 1));
            }
        }
        return map;
    }

    private VerifyRenderer renderer() {
        return switch (format) {
            case TEXT -> new TextVerifyRenderer();
            case JSON -> new JsonVerifyRenderer();
            case MARKDOWN -> new MarkdownVerifyRenderer();
            case HTML -> new HtmlVerifyRenderer();
        };
    }

    /** Writes a report to a file, or to standard output when {@code file} is null. */
    private void write(Path file, String rendered) {
        ReportOutputOption.write(file, spec.commandLine().getOut(), rendered);
    }
}
