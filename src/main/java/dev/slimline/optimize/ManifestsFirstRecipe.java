package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.dockerfile.shell.ShellCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code COPY . .} then the dependency install: every source change re-runs the install. Copy the manifests,
 * install, then copy the rest, so the install layer stays cached. Only done when the install reads nothing but
 * the manifests and nothing between the copy and the install reads the sources.
 */
final class ManifestsFirstRecipe implements Recipe {

    /**
     * Programs a RUN between the copy and the install may use without reading the copied sources; besides them, a
     * stack's install of named packages ({@code pip install gunicorn}).
     */
    private static final Set<String> INDEPENDENT = Set.of("apt-get", "apt", "apk", "rm", "mkdir", "useradd", "groupadd");

    @Override
    public List<ProposedEdit> propose(Dockerfile dockerfile, RecipeContext context) {
        List<ProposedEdit> proposals = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            Instruction.Copy wholeContext = null;
            List<Instruction.Run> between = new ArrayList<>();
            for (Instruction instruction : stage.instructions()) {
                if (wholeContext == null) {
                    if (instruction instanceof Instruction.Copy copy && copy.from().isEmpty() && copy.heredocs().isEmpty()
                            && copy.sources().size() == 1 && (copy.sources().get(0).equals(".") || copy.sources().get(0).equals("./"))) {
                        wholeContext = copy;
                    }
                    continue;
                }
                if (!(instruction instanceof Instruction.Run run) || !run.heredocs().isEmpty()) {
                    break; // an ENV or ARG between might feed the install: moving it would change its meaning
                }
                Optional<List<String>> manifests = manifestsOnlyInstall(ShellAnalysis.of(run), context);
                if (manifests.isPresent()) {
                    proposals.add(proposal(dockerfile, wholeContext, between, run, manifests.get()));
                    break;
                }
                if (!independent(ShellAnalysis.of(run))) {
                    break;
                }
                between.add(run);
            }
        }
        return proposals;
    }

    /** The RUNs between the copy and the install move up with it, so their order is kept. */
    private static ProposedEdit proposal(Dockerfile dockerfile, Instruction.Copy copy, List<Instruction.Run> between,
                                         Instruction.Run install, List<String> manifests) {
        String destination = copy.destination().endsWith("/") ? copy.destination()
                : copy.destination().equals(".") ? "./" : copy.destination() + "/";
        String flags = copy.chown().map(c -> "--chown=" + c + " ").orElse("");
        StringBuilder moved = new StringBuilder();
        between.forEach(run -> moved.append(run.text()).append('\n'));
        String inserted = moved + "COPY " + flags + String.join(" ", manifests) + " " + destination + "\n" + install.text() + "\n";
        List<dev.slimline.rule.TextEdit> edits = new ArrayList<>();
        edits.add(Edits.insert(copy.span().startOffset(), inserted));
        between.forEach(run -> edits.add(Edits.deleteLine(run, dockerfile.text())));
        edits.add(Edits.deleteLine(install, dockerfile.text()));
        return new ProposedEdit(edits,
                new Change("dependency manifests copied and installed before the sources (install layer stays cached)"));
    }

    /**
     * The manifests the install reads, when the RUN is only an install (and cache cleanup) that reads nothing else:
     * each stack says what its install reads.
     */
    private static Optional<List<String>> manifestsOnlyInstall(ShellAnalysis shell, RecipeContext context) {
        List<String> manifests = new ArrayList<>();
        for (Stack stack : Stacks.ALL) {
            Optional<List<String>> read = stack.manifestsInstalled(shell, context);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            manifests.addAll(read.get());
        }
        if (manifests.isEmpty() || !context.contextHas(manifests.get(0))) {
            return Optional.empty();
        }
        boolean onlyInstall = shell.commands().stream().allMatch(c -> c.program().equals("rm")
                || Stacks.ALL.stream().anyMatch(stack -> stack.installPrograms().contains(c.program())));
        return onlyInstall ? Optional.of(List.copyOf(manifests)) : Optional.empty();
    }

    private static boolean independent(ShellAnalysis shell) {
        for (ShellCommand command : shell.commands()) {
            if (!INDEPENDENT.contains(command.program())
                    && Stacks.ALL.stream().noneMatch(stack -> stack.installsNamedPackages(command))) {
                return false;
            }
            if (!command.program().equals("rm") && command.argv().stream().skip(1)
                    .anyMatch(a -> a.startsWith(".") || a.startsWith("/") || a.startsWith("-r"))) {
                return false;
            }
        }
        return true;
    }
}
