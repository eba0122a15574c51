package dev.slimline.cli;

import dev.slimline.io.AtomicWriter;
import dev.slimline.SlimlineException;
import dev.slimline.ci.CiProvider;
import dev.slimline.ci.GatePlan;
import dev.slimline.ci.InstallMethod;
import dev.slimline.ci.RunningRelease;
import dev.slimline.ci.SlimlineInstall;
import dev.slimline.ci.WorkflowGenerator;
import dev.slimline.project.ServiceModel;
import dev.slimline.project.DockerfileService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slimline ci init --provider github|gitlab [DIR]}: writes a workflow that runs {@code slimline gate} on PRs. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a CI workflow that, on pull requests changing a service's build context, installs a",
            "pinned slimline release, builds the service, runs `slimline gate` (size budgets and vulnerabilities),",
            "uploads SARIF and the HTML report, and fails on high/critical vulnerabilities or an image over budget.",
            "Never overwrites without --force."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:workflow written", "2:usage error", "3:no Dockerfile found, or the file exists (use --force)"})
public final class CiInitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR",
            description = "Project directory the gate runs on (default: the current directory).")
    private Path root;

    @Option(names = "--provider", required = true, paramLabel = "PROVIDER", description = "github or gitlab.")
    private CiProvider provider;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Where to write (default: .github/workflows/slimline-gate.yml or .gitlab-ci.yml in the repository root).")
    private Path out;

    @Option(names = "--force", description = "Overwrite an existing workflow file.")
    private boolean force;

    @Option(names = "--install", paramLabel = "METHOD",
            description = "How CI installs slimline: jar (default; the release jar on Java 21), image (the release's"
                    + " image tarball, docker load), action (GitHub: the slimline Action, --action), or command (the"
                    + " team provides it: --slimline-command). Always pinned by --slimline-version and --sha256.")
    private InstallMethod install;

    @Option(names = "--slimline-version", paramLabel = "VERSION",
            description = "The release CI installs (default: this slimline's version).")
    private String version;

    @Option(names = "--sha256", paramLabel = "HEX", description = "The sha256 of the file the method downloads, from"
            + " the release's SHA256SUMS (default for jar: this slimline's own jar).")
    private String sha256;

    @Option(names = "--release-url", paramLabel = "URL",
            description = "Directory the release's files are published in (scripts/release.sh); jar and image.")
    private String releaseUrl;

    @Option(names = "--action", paramLabel = "OWNER/NAME", description = "The slimline Action's repository (--install action).")
    private String action;

    @Option(names = "--slimline-command", paramLabel = "CMD",
            description = "How the CI runner invokes a slimline the team provides (--install command, implied), e.g."
                    + " \"java -jar tools/slimline.jar\"; the workflow runs `CMD --version` first.")
    private String command;

    @Override
    public Integer call() throws IOException {
        SlimlineInstall pinned = pinnedInstall();
        if (!Files.isDirectory(root)) {
            throw SlimlineException.badInput(root + ": not a directory");
        }
        List<DockerfileService> services = ServiceModel.read(root).services();
        if (services.isEmpty()) {
            throw SlimlineException.badInput(root + ": no Dockerfile found");
        }
        Path repo = repositoryRoot(root.toAbsolutePath().normalize());
        Path target = out != null ? out : repo.resolve(provider.defaultPath());
        if (Files.exists(target) && !force) {
            throw SlimlineException.badInput(target + ": already exists; not overwritten (use --force)");
        }
        GatePlan plan = WorkflowGenerator.plan(repo, root, services, pinned);
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        AtomicWriter.write(target, WorkflowGenerator.render(provider, plan));
        spec.commandLine().getOut().println("wrote " + target + " (" + services.size() + " services: "
                + String.join(", ", services.stream().map(DockerfileService::name).toList()) + ")");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The install the options name, defaults filled from the running release; a usage error when it is incomplete. */
    private SlimlineInstall pinnedInstall() {
        InstallMethod method = install != null ? install : command != null ? InstallMethod.COMMAND : InstallMethod.JAR;
        if (method == InstallMethod.ACTION && provider == CiProvider.GITLAB) {
            throw new ParameterException(spec.commandLine(), "--install action is GitHub's; for gitlab use jar or image");
        }
        if (command != null && method != InstallMethod.COMMAND) {
            throw new ParameterException(spec.commandLine(), "--slimline-command goes with --install command");
        }
        String pinnedVersion = version != null ? version : RunningRelease.version().orElse("");
        String pinnedSha = sha256 != null ? sha256
                : method == InstallMethod.JAR ? RunningRelease.jarSha256().orElse("") : "";
        try {
            return new SlimlineInstall(method, pinnedVersion, pinnedSha, releaseUrl == null ? "" : releaseUrl,
                    command == null ? "" : command, action == null ? "" : action);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The nearest directory up from DIR holding {@code .git}, else DIR: workflow paths are repository-relative. */
    private static Path repositoryRoot(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return d;
            }
        }
        return dir;
    }
}
