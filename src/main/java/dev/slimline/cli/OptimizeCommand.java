package dev.slimline.cli;

import dev.slimline.SlimlineException;
import dev.slimline.audit.MeasuredOptimization;
import dev.slimline.engine.DockerEngine;
import dev.slimline.proof.CandidateLadder;
import dev.slimline.proof.ProofOutcome;
import dev.slimline.proof.ProofSession;
import dev.slimline.proof.ProofText;
import dev.slimline.verify.ImpactSettings;
import dev.slimline.verify.VerifySettings;
import dev.slimline.SourceLocation;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.io.AtomicWriter;
import dev.slimline.io.InputFiles;
import dev.slimline.optimize.FileEdit;
import dev.slimline.optimize.IgnoreFilePlacement;
import dev.slimline.optimize.OptimizationResult;
import dev.slimline.optimize.OptimizationSummary;
import dev.slimline.optimize.OptimizeOptions;
import dev.slimline.optimize.Optimizer;
import dev.slimline.optimize.UnifiedDiff;
import dev.slimline.project.DockerfileService;
import dev.slimline.verify.VerifyPlanner;
import dev.slimline.verify.Sidecar;
import dev.slimline.project.ServiceModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.time.Duration;
import java.time.Instant;

/** {@code slimline optimize [PATH] | --all DIR}: rewrites Dockerfiles into lean production ones, shows or writes them. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Rewrites a Dockerfile into a lean production one: a multi-stage template for the detected stack",
            "(each stack recognised from its manifests), else safe recipes only, plus a .dockerignore.",
            "Prints the before/after estimate, the key changes and a unified diff; --write or --out writes the files,",
            "after proving them on the Docker engine: each candidate (the chosen base family, the next family,",
            "then safe recipes only) is built and run against the original like `slimline verify`; the first that",
            "passes is written with its measured sizes (.slimline/optimize-<Dockerfile>.json)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:optimized (or nothing to change); written files passed the proof unless --no-verify"
                + " or no engine (then the first line says \"not verified\" and why)",
            "1:with --write/--out: no candidate of a service passed the proof; nothing written for it",
            "2:usage error", "3:bad input: missing path, a Dockerfile that"
                + " does not parse, a Dockerfile.orig that would be overwritten"})
public final class OptimizeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
            description = "A Dockerfile, or the directory holding it (default: the current directory).")
    Path target;

    @Option(names = "--all", paramLabel = "DIR", description = "Optimize every Dockerfile found under DIR.")
    Path all;

    @Option(names = "--write", description = "Write the optimized Dockerfile (original kept as Dockerfile.orig),"
            + " its ignore file (.dockerignore; <Dockerfile>.dockerignore when the context is shared or not the"
            + " Dockerfile's folder) and config edits (next.config.js) in place.")
    boolean write;

    @Option(names = "--no-backup", description = "With --write: do not keep Dockerfile.orig.")
    boolean noBackup;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the results to DIR instead (one subdirectory per"
            + " service with --all); the originals are not touched (DIR must not be the original's directory).")
    Path out;

    @Option(names = "--base-family", defaultValue = "auto", paramLabel = "FAMILY",
            description = "slim, alpine, distroless or auto (smallest the stack allows; default: ${DEFAULT-VALUE}).")
    String baseFamily;

    @Option(names = "--user", paramLabel = "NAME", description = "Name of the non-root user to create.")
    String user;

    @Option(names = "--uid", paramLabel = "UID", description = "Numeric uid (and gid) of the non-root user.")
    Integer uid;

    @Option(names = "--health-path", paramLabel = "PATH", description = "HTTP path the health check requests.")
    String healthPath;

    @Option(names = "--health-cmd", paramLabel = "COMMAND", description = "Health check command (shell form) to use.")
    String healthCmd;

    @Option(names = "--no-healthcheck", description = "Do not add a HEALTHCHECK.")
    boolean noHealthcheck;

    @Option(names = "--no-diff", description = "Print only the summary, not the unified diff.")
    boolean noDiff;

    @Option(names = "--no-verify", description = "With --write or --out: write without building and running the"
            + " candidates first; the output says \"not verified\".")
    boolean noVerify;

    @Option(names = "--build-network", paramLabel = "NETWORK",
            description = "Build network for the proof's builds when the compose file names none (e.g. host).")
    String buildNetwork;

    @Option(names = "--build-timeout", defaultValue = "20m", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Longest one proof build may take (default: ${DEFAULT-VALUE}).")
    Duration buildTimeout;

    @Option(names = "--probe-timeout", defaultValue = "2m", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Longest a candidate may take to become healthy (default: ${DEFAULT-VALUE}).")
    Duration probeTimeout;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    QuietOption quiet;

    private final Supplier<DockerEngine> engine;

    /** Proves on the engine {@code --docker} (or detection) finds. */
    public OptimizeCommand() {
        this(null);
    }

    /** With the engine of the test's choosing (a {@code FakeDockerEngine}); null detects as usual. */
    OptimizeCommand(Supplier<DockerEngine> engine) {
        this.engine = engine != null ? engine : () -> engineOptions.connect();
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceBuildOptions serviceOptions;

    @Override
    public Integer call() {
        OptimizeOptions options = options();
        List<DockerfileService> services = services();
        if (out != null) {
            requireOutElsewhere(services);
        }
        KnowledgeCatalog catalog = KnowledgeCatalog.bundled();
        Optimizer optimizer = new Optimizer(catalog);
        List<OptimizationResult> results = new ArrayList<>();
        for (DockerfileService service : services) {
            results.add(optimizer.optimize(service, options));
        }
        if (write && out == null && !noBackup) {
            for (OptimizationResult result : results) {
                Path backup = backupOf(result.dockerfile());
                if (!result.original().equals(result.optimized()) && Files.exists(backup)) {
                    throw SlimlineException.badInput(SourceLocation.of(backup),
                            "exists; remove it or use --no-backup (it is never overwritten)");
                }
            }
        }
        boolean writing = write || out != null;
        ProofSession proof = writing && !noVerify && results.stream().anyMatch(OptimizationResult::changed)
                ? ProofSession.start(engine, proofSettings(), quiet.progress(spec.commandLine().getErr(), false)) : null;
        PrintWriter stdout = spec.commandLine().getOut();
        int exit = ExitCodes.OK;
        try {
            for (int i = 0; i < services.size(); i++) {
                DockerfileService service = services.get(i);
                OptimizationResult result = results.get(i);
                Optional<MeasuredOptimization> measured = Optional.empty();
                if (writing && result.changed()) {
                    if (proof == null || proof.unavailable().isPresent()) {
                        stdout.println(ProofText.notVerifiedLine(service.name(),
                                proof == null ? "--no-verify" : proof.unavailable().get()));
                    } else {
                        ProofOutcome outcome = proof.prove(service, new CandidateLadder(optimizer, catalog), options,
                                sidecars(service));
                        stdout.println(ProofText.statusLine(service.name(), outcome));
                        if (outcome.proven().isEmpty()) {
                            stdout.print(ProofText.candidates(outcome));
                            stdout.println();
                            exit = ExitCodes.FINDINGS;
                            continue;
                        }
                        result = outcome.proven().get().candidate().result();
                        measured = Optional.of(outcome.proven().get().measured(
                                service.dockerfile().getFileName().toString(), Instant.now()));
                        stdout.print(OptimizationSummary.render(service.name(), result));
                        stdout.println();
                        stdout.print(ProofText.candidates(outcome));
                    }
                }
                if (measured.isEmpty()) {
                    stdout.print(OptimizationSummary.render(service.name(), result));
                }
                print(stdout, service, result);
                write(stdout, services, service, result, measured);
                stdout.println();
            }
        } finally {
            if (proof != null) {
                proof.close();
            }
        }
        stdout.flush();
        return exit;
    }

    private void print(PrintWriter stdout, DockerfileService service, OptimizationResult result) {
        if (noDiff) {
            return;
        }
        String name = service.dockerfile().getFileName().toString();
        stdout.print(UnifiedDiff.diff("a/" + name, "b/" + name, result.original(), result.optimized()));
        for (FileEdit edit : result.fileEdits()) {
            stdout.print(UnifiedDiff.diff("a/" + edit.relativePath(), "b/" + edit.relativePath(), edit.before(), edit.after()));
        }
    }

    private void write(PrintWriter stdout, List<DockerfileService> services, DockerfileService service,
            OptimizationResult result, Optional<MeasuredOptimization> measured) {
        String fileName = service.dockerfile().getFileName().toString();
        Path ignoreFile = IgnoreFilePlacement.of(service, services);
        if (out != null) {
            Path dir = outDir(service, services.size());
            writeResult(result, new Destination(dir.resolve(fileName), dir.resolve(ignoreFile.getFileName()), dir),
                    false, measured);
            stdout.println("Wrote " + dir.resolve(fileName));
        } else if (write && result.changed()) {
            writeResult(result, new Destination(service.dockerfile(), ignoreFile, service.context()), !noBackup,
                    measured);
            stdout.println("Wrote " + service.dockerfile() + (noBackup ? "" : " (original kept as " + backupOf(service.dockerfile()).getFileName() + ")")
                    + result.dockerignore().map(text -> "; its ignore file " + ignoreFile).orElse(""));
        }
    }

    /**
     * Where one result goes.
     *
     * @param dockerfile the Dockerfile to write
     * @param ignoreFile where the build reads its ignore file ({@link IgnoreFilePlacement})
     * @param context the directory the result's context edits are relative to
     */
    private record Destination(Path dockerfile, Path ignoreFile, Path context) {
    }

    /**
     * What the project's compose file runs beside the service: from the model --all read (with -f/--profile), else
     * from the compose file of the Dockerfile's directory. Read once per command.
     */
    private List<Sidecar> sidecars(DockerfileService service) {
        if (model == null) {
            model = serviceOptions.read(service.context());
        }
        return VerifyPlanner.sidecarsOf(model);
    }

    private VerifySettings proofSettings() {
        return new VerifySettings(buildTimeout, probeTimeout, ImpactSettings.defaults(), false, buildNetwork);
    }

    /** The Dockerfile, its backup, .dockerignore, config edits and the proof's record: all written, or none. */
    private void writeResult(OptimizationResult result, Destination to, boolean backup,
            Optional<MeasuredOptimization> measured) {
        Path dockerfile = to.dockerfile();
        List<AtomicWriter.Write> writes = new ArrayList<>();
        if (backup && !result.original().equals(result.optimized())) {
            writes.add(new AtomicWriter.Write(backupOf(dockerfile), result.original(), Optional.of(dockerfile)));
        }
        writes.add(AtomicWriter.Write.of(dockerfile, result.optimized()));
        result.dockerignore().ifPresent(text -> writes.add(AtomicWriter.Write.of(to.ignoreFile(), text)));
        for (FileEdit edit : result.fileEdits()) {
            writes.add(AtomicWriter.Write.of(to.context().resolve(edit.relativePath()), edit.after()));
        }
        measured.ifPresent(record -> writes.add(
                AtomicWriter.Write.of(MeasuredOptimization.fileFor(dockerfile), record.toJson())));
        AtomicWriter.writeAll(writes);
    }

    /** --out must not be where an original lives: "the originals are not touched". */
    private void requireOutElsewhere(List<DockerfileService> services) {
        for (DockerfileService service : services) {
            Path dir = outDir(service, services.size());
            try {
                if (Files.isDirectory(dir) && Files.isSameFile(dir, service.dockerfile().toAbsolutePath().getParent())) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out " + out
                            + " holds the original " + service.dockerfile().getFileName()
                            + "; choose another directory, or use --write to change it in place");
                }
            } catch (java.io.IOException e) {
                throw SlimlineException.badInput(SourceLocation.of(dir), "cannot read: " + e.getMessage());
            }
        }
    }

    private Path outDir(DockerfileService service, int count) {
        return count > 1 || all != null ? out.resolve(service.name().replaceAll("[^\\w./-]", "_")) : out;
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static Path backupOf(Path dockerfile) {
        return dockerfile.resolveSibling(dockerfile.getFileName() + ".orig");
    }

    /** The services --all read, kept so the proof reads the project's compose file once. */
    private ServiceModel model;

    private List<DockerfileService> services() {
        if (all != null) {
            if (!Files.isDirectory(all)) {
                throw SlimlineException.badInput(SourceLocation.of(all), "no such directory");
            }
            model = serviceOptions.read(all);
            List<DockerfileService> found = model.services();
            if (found.isEmpty()) {
                throw SlimlineException.badInput(SourceLocation.of(all), "no Dockerfile found");
            }
            return found;
        }
        Path dockerfile = Files.isDirectory(target) ? target.resolve("Dockerfile") : target;
        InputFiles.requireRegularFile(dockerfile);
        Path folder = dockerfile.toAbsolutePath().getParent();
        Path name = folder.getFileName() == null ? folder : folder.getFileName();
        // The folder's build definitions (compose, bake) and the overrides say how it is built, as audit and verify.
        model = serviceOptions.read(folder);
        DockerfileService service = model.services().stream().filter(found -> sameFile(found.dockerfile(), dockerfile))
                .findFirst().orElseGet(() -> new DockerfileService(name.toString(), dockerfile, folder,
                        Optional.of(folder.resolve(".dockerignore")).filter(Files::exists)));
        return List.of(new DockerfileService(name.toString(), service.dockerfile(), service.context(),
                service.dockerignore(), service.build(), service.runtime(), service.origin()));
    }

    private OptimizeOptions options() {
        BaseImageChoice.Family family;
        try {
            family = BaseImageChoice.Family.parse(baseFamily);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--base-family must be slim, alpine, distroless or auto, not '" + baseFamily + "'");
        }
        if (uid != null && uid <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--uid must be a positive number (0 is root)");
        }
        return new OptimizeOptions(family, Optional.ofNullable(user), Optional.ofNullable(uid), Optional.ofNullable(healthPath)
                .map(p -> p.startsWith("/") ? p : "/" + p), Optional.ofNullable(healthCmd), noHealthcheck);
    }
}
