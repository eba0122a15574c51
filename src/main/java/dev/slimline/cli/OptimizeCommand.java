package dev.slimline.cli;

import dev.slimline.SlimlineException;
import dev.slimline.SourceLocation;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.optimize.AtomicWriter;
import dev.slimline.optimize.FileEdit;
import dev.slimline.optimize.OptimizationResult;
import dev.slimline.optimize.OptimizationSummary;
import dev.slimline.optimize.OptimizeOptions;
import dev.slimline.optimize.Optimizer;
import dev.slimline.optimize.UnifiedDiff;
import dev.slimline.project.DockerfileService;
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

/** {@code slimline optimize [PATH] | --all DIR}: rewrites Dockerfiles into lean production ones, shows or writes them. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Rewrites a Dockerfile into a lean production one: a multi-stage template for the detected stack",
            "(Python, Node/TypeScript/Next.js, Go, Java), else safe recipes only, plus a .dockerignore.",
            "Prints the before/after estimate, the key changes and a unified diff; --write or --out writes the files."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:optimized (or nothing to change)", "2:usage error", "3:bad input: missing path, a Dockerfile that"
                + " does not parse, a Dockerfile.orig that would be overwritten"})
public final class OptimizeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "PATH",
            description = "A Dockerfile, or the directory holding it (default: the current directory).")
    Path target;

    @Option(names = "--all", paramLabel = "DIR", description = "Optimize every Dockerfile found under DIR.")
    Path all;

    @Option(names = "--write", description = "Write the optimized Dockerfile (original kept as Dockerfile.orig),"
            + " .dockerignore and config edits (next.config.js) in place.")
    boolean write;

    @Option(names = "--no-backup", description = "With --write: do not keep Dockerfile.orig.")
    boolean noBackup;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the results to DIR instead (one subdirectory per"
            + " service with --all); the originals are not touched.")
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

    @Spec
    CommandSpec spec;

    @Mixin
    ServiceBuildOptions serviceOptions;

    @Override
    public Integer call() {
        OptimizeOptions options = options();
        List<DockerfileService> services = services();
        Optimizer optimizer = new Optimizer(KnowledgeCatalog.bundled());
        List<OptimizationResult> results = new ArrayList<>();
        for (DockerfileService service : services) {
            results.add(optimizer.optimize(service.dockerfile(), options));
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
        PrintWriter stdout = spec.commandLine().getOut();
        for (int i = 0; i < services.size(); i++) {
            DockerfileService service = services.get(i);
            OptimizationResult result = results.get(i);
            stdout.print(OptimizationSummary.render(service.name(), result));
            if (!noDiff) {
                String name = service.dockerfile().getFileName().toString();
                stdout.print(UnifiedDiff.diff("a/" + name, "b/" + name, result.original(), result.optimized()));
                for (FileEdit edit : result.fileEdits()) {
                    stdout.print(UnifiedDiff.diff("a/" + edit.relativePath(), "b/" + edit.relativePath(), edit.before(), edit.after()));
                }
            }
            if (out != null) {
                Path dir = services.size() > 1 || all != null ? out.resolve(service.name().replaceAll("[^\\w./-]", "_")) : out;
                writeResult(result, dir, service.dockerfile().getFileName().toString(), false);
                stdout.println("Wrote " + dir.resolve(service.dockerfile().getFileName()));
            } else if (write && result.changed()) {
                writeResult(result, service.context(), service.dockerfile().getFileName().toString(), !noBackup);
                stdout.println("Wrote " + service.dockerfile() + (noBackup ? "" : " (original kept as " + backupOf(service.dockerfile()).getFileName() + ")"));
            }
            stdout.println();
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    private void writeResult(OptimizationResult result, Path dir, String dockerfileName, boolean backup) {
        Path dockerfile = dir.resolve(dockerfileName);
        if (backup && !result.original().equals(result.optimized())) {
            AtomicWriter.write(backupOf(dockerfile), result.original());
        }
        AtomicWriter.write(dockerfile, result.optimized());
        result.dockerignore().ifPresent(text -> AtomicWriter.write(dir.resolve(".dockerignore"), text));
        for (FileEdit edit : result.fileEdits()) {
            AtomicWriter.write(dir.resolve(edit.relativePath()), edit.after());
        }
    }

    private static Path backupOf(Path dockerfile) {
        return dockerfile.resolveSibling(dockerfile.getFileName() + ".orig");
    }

    private List<DockerfileService> services() {
        if (all != null) {
            if (!Files.isDirectory(all)) {
                throw SlimlineException.badInput(SourceLocation.of(all), "no such directory");
            }
            List<DockerfileService> found = serviceOptions.read(all).services();
            if (found.isEmpty()) {
                throw SlimlineException.badInput(SourceLocation.of(all), "no Dockerfile found");
            }
            return found;
        }
        Path dockerfile = Files.isDirectory(target) ? target.resolve("Dockerfile") : target;
        if (!Files.isRegularFile(dockerfile)) {
            throw SlimlineException.badInput(SourceLocation.of(dockerfile), "no such file");
        }
        Path context = dockerfile.toAbsolutePath().getParent();
        Path name = context.getFileName() == null ? context : context.getFileName();
        Optional<Path> ignore = Optional.of(context.resolve(".dockerignore")).filter(Files::exists);
        return List.of(new DockerfileService(name.toString(), dockerfile, context, ignore));
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
