package dev.slimline.cli;

import dev.slimline.io.AtomicWriter;
import dev.slimline.SlimlineException;
import dev.slimline.ci.CiProvider;
import dev.slimline.ci.GatePlan;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slimline ci init --provider github|gitlab [DIR]}: writes a workflow that runs {@code slimline gate} on PRs. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a CI workflow that, on pull requests changing a service's build context, builds the",
            "service, runs `slimline gate` (size budgets and vulnerabilities), uploads SARIF and the HTML report,",
            "and fails on high/critical vulnerabilities or an image over budget. Never overwrites without --force."},
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

    @Option(names = "--slimline-command", defaultValue = "slimline", paramLabel = "CMD",
            description = "How the CI runner invokes slimline (default: ${DEFAULT-VALUE}), e.g. \"java -jar"
                    + " tools/slimline.jar\" for a jar in the repository. The workflow does not install slimline; it"
                    + " runs `CMD --version` first and stops with a clear message when the runner lacks it.")
    private String command;

    @Override
    public Integer call() throws IOException {
        if (command.isBlank() || command.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            // the command is written into the workflow's YAML and shell lines: a newline would inject steps
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--slimline-command must be one line of text without control characters");
        }
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
        GatePlan plan = WorkflowGenerator.plan(repo, root, services, command);
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        AtomicWriter.write(target, WorkflowGenerator.render(provider, plan));
        spec.commandLine().getOut().println("wrote " + target + " (" + services.size() + " services: "
                + String.join(", ", services.stream().map(DockerfileService::name).toList()) + ")");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
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
