package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.StackNeeds;
import dev.slimline.rule.TextEdit;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An already multi-stage build whose runtime stage still starts from a full image (a language's full image): the
 * runtime stage is rebased onto the slim sibling of the same runtime version, same distribution and libc, so what
 * earlier stages built still runs there. Only when the runtime stage compiles and installs nothing itself (its RUNs
 * use no package, language or build tool a slim image lacks) and what runs needs no fetch tool the slim image drops.
 * A lean runtime stage is never touched, so a second run changes nothing.
 */
final class RebaseRuntimeStageRecipe implements Recipe {

    /** Programs a runtime-stage RUN may use on a slim image of the same distribution. */
    private static final Set<String> SLIM_SAFE = Set.of("mkdir", "chown", "chmod", "ln", "rm", "useradd", "groupadd",
            "adduser", "addgroup", "echo", "true", "touch", "cp", "mv", "apt-get", "apt");

    @Override
    public List<ProposedEdit> propose(Dockerfile dockerfile, RecipeContext context) {
        if (dockerfile.stages().size() < 2) {
            return List.of(); // a single stage builds in place: the templates rewrite it
        }
        Stage runtime = dockerfile.finalStage();
        String image = dockerfile.resolvedBaseImage(runtime);
        Optional<BaseImage> base = context.catalog().lookup(image).map(m -> m.image());
        // a stage on a build image that only starts the runtime (the stack says: a JDK running java) needs the run
        // image of the same version, not the compiler and tools
        boolean jdkRunningJava = base.isPresent() && base.get().role() == BaseImage.Role.BUILD
                && Stacks.ofToolchain(base.get()).map(stack -> stack.onlyStartsRuntime(runtime)).orElse(false);
        if (base.isPresent() && base.get().role() == BaseImage.Role.BUILD && !jdkRunningJava) {
            return toolchainRuntime(dockerfile, runtime, image, base.get(), context);
        }
        boolean fullRuntime = base.isPresent() && base.get().family() == dev.slimline.knowledge.ImageFamily.FULL
                && base.get().role() == BaseImage.Role.RUN;
        // FROM base AS production: the image is named where the chain of stages starts, and every stage on that
        // image (the chain and its siblings) moves with it, so each must run on the slim image too.
        int[] roots = chainRoots(dockerfile);
        Stage root = dockerfile.stages().get(roots[runtime.index()]);
        List<Stage> moved = dockerfile.stages().stream().filter(stage -> roots[stage.index()] == root.index()).toList();
        if (!(fullRuntime || jdkRunningJava)
                || !moved.stream().allMatch(stage -> simpleRuns(stage, Stacks.runningOn(base.get())))
                || moved.stream().anyMatch(RebaseRuntimeStageRecipe::runsFetchTool)) {
            return List.of();
        }
        StackNeeds needs = StackNeeds.NONE.withGlibc("earlier stages built for the original's glibc")
                .withShell("the runtime stage's instructions were written for a shell image")
                .withPackageManager("the runtime stage keeps its package manager");
        return new BaseImageChoice(context.catalog()).slimmerSibling(image, BaseImageChoice.Family.SLIM, needs)
                .filter(choice -> choice.to().runtimeVersion().equals(base.get().runtimeVersion()))
                .map(choice -> List.of(new ProposedEdit(
                        List.of(new TextEdit(root.from().imageSpan(), choice.to().reference())),
                        new Change("runtime stage rebased: " + image + " -> " + choice.to().reference() + " ("
                                + base.get().runtime() + " " + base.get().runtimeVersion() + " kept; what earlier"
                                + " stages built is copied as before" + viaStage(root, runtime)
                                + (jdkRunningJava ? "; the stage only runs " + base.get().runtime() + ", so the build"
                                + " image's compiler and tools are left out" : "") + ")"))))
                .orElse(List.of());
    }

    /** For each stage, the index of the stage whose FROM names its image: itself, or where its chain starts. */
    private static int[] chainRoots(Dockerfile dockerfile) {
        java.util.Map<String, String> globals = dockerfile.globalArgDefaults(java.util.Map.of());
        int[] roots = new int[dockerfile.stages().size()];
        for (Stage stage : dockerfile.stages()) {
            roots[stage.index()] = dockerfile.parentStage(stage, globals).map(parent -> roots[parent.index()])
                    .orElse(stage.index());
        }
        return roots;
    }

    private static String viaStage(Stage root, Stage runtime) {
        return root.index() == runtime.index() ? "" : "; rebased where its chain starts, stage " + root.reference();
    }

    /**
     * A runtime stage on a toolchain image (golang, rust) that only copies what earlier stages built and runs it (no
     * RUN, exec form): the toolchain is dead weight. The stack says where its binary runs, as nonroot.
     */
    private static List<ProposedEdit> toolchainRuntime(Dockerfile dockerfile, Stage runtime, String image, BaseImage base,
                                                       RecipeContext context) {
        boolean execForm = runtime.instructions().stream()
                .filter(i -> i instanceof Instruction.Cmd || i instanceof Instruction.Entrypoint)
                .allMatch(i -> i.text().trim().matches("(?s)(?i)(CMD|ENTRYPOINT)\\s+\\[.*"));
        boolean copiesFromStage = runtime.instructions().stream().anyMatch(i -> i instanceof Instruction.Copy
                && i.text().matches("(?s).*--from=.*"));
        if (!runtime.instructionsOf(Instruction.Run.class).isEmpty() || !execForm || !copiesFromStage
                || runtime.instructions().stream().anyMatch(i -> i instanceof Instruction.User
                || i instanceof Instruction.Healthcheck)) {
            return List.of();
        }
        Optional<Stack.ToolchainRuntime> to = Stacks.ofToolchain(base).flatMap(stack -> stack.toolchainRuntime(dockerfile, context));
        return to.map(target -> List.of(new ProposedEdit(List.of(new TextEdit(runtime.from().imageSpan(), target.image())),
                new Change("runtime stage rebased: " + image + " -> " + target.image() + " (" + target.why() + "; uid 65532)")))).orElse(List.of());
    }

    private static boolean simpleRuns(Stage stage, Optional<Stack> stack) {
        for (Instruction.Run run : stage.instructionsOf(Instruction.Run.class)) {
            if (!run.heredocs().isEmpty()) {
                return false;
            }
            for (ShellCommand command : ShellAnalysis.of(run).commands()) {
                if (!SLIM_SAFE.contains(command.program())
                        && !stack.map(s -> s.runsOnSlimImage(command)).orElse(false)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** curl or wget named by the command or HEALTHCHECK: full images carry them, slim ones do not. */
    private static boolean runsFetchTool(Stage stage) {
        return stage.instructions().stream()
                .filter(i -> i instanceof Instruction.Healthcheck || i instanceof Instruction.Cmd
                        || i instanceof Instruction.Entrypoint)
                .anyMatch(i -> i.text().matches("(?s).*\\b(curl|wget)\\b.*"));
    }
}
