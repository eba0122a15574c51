package dev.slimline.optimize;

import dev.slimline.io.InputFiles;
import dev.slimline.audit.ImageSizeEstimator;
import dev.slimline.audit.SizeEstimate;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.DockerfileParser;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.ImageFamily;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.project.DockerfileService;
import dev.slimline.project.ProjectFacts;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The optimize pipeline for one Dockerfile: a multi-stage template for the detected stack when the original is a
 * single stage, else (or when the template refuses) the safe recipes; then a .dockerignore and size estimates.
 * A result the estimator finds larger than the original is dropped in favour of the recipes alone.
 */
public final class Optimizer {

    /**
     * Recipes in priority order (on overlap the earlier one wins this round and the later one retries next round):
     * the base-image ones, then each stack's own (npm ci from the lock file), then the shared rest.
     */
    private static final List<Recipe> SAFE_RECIPES = Stream.of(
            List.of(new MergeAptUpdateRecipe(), new PinBaseTagRecipe(), new RebaseRuntimeStageRecipe()),
            Stacks.ALL.stream().flatMap(stack -> stack.recipes().stream()).toList(),
            List.<Recipe>of(new ManifestsFirstRecipe(), new RuleFixRecipe(), new NonRootUserRecipe(), new HealthcheckRecipe()))
            .flatMap(List::stream).toList();

    private final KnowledgeCatalog catalog;
    /** One estimator for every result: it sizes each build context once (audit forecasts thousands of them). */
    private final ImageSizeEstimator sizes;

    public Optimizer(KnowledgeCatalog catalog) {
        this.catalog = catalog;
        this.sizes = new ImageSizeEstimator(catalog);
    }

    /** Optimizes a Dockerfile on disk; its directory is the build context. */
    public OptimizationResult optimize(Path dockerfile, OptimizeOptions options) {
        return optimize(DockerfileParser.parse(dockerfile), Optional.of(dockerfile.toAbsolutePath().getParent()),
                options);
    }

    /**
     * Optimizes a service's Dockerfile for the build its definition describes: COPY/ADD sources stay relative to its
     * context, the stage its target names stays the one built, and the ignore file generated extends the one that
     * applies to it today.
     */
    public OptimizationResult optimize(DockerfileService service, OptimizeOptions options) {
        Planned planned = plan(service, DockerfileParser.parse(service.dockerfile()), options);
        return planned.ignoreInputs().map(inputs -> withDockerignore(planned.result(), inputs)).orElse(planned.result());
    }

    /**
     * As {@link #optimize(DockerfileService, OptimizeOptions)} for {@code original}, the service's Dockerfile already
     * parsed, without the .dockerignore step: the template, note and size estimates audit forecasts from, at the
     * cost of the rewrite alone (the ignore file changes none of them).
     */
    public OptimizationResult withoutDockerignore(DockerfileService service, Dockerfile original,
            OptimizeOptions options) {
        return plan(service, original, options).result();
    }

    /** A result and, when its build reads an ignore file, the inputs its .dockerignore is generated from. */
    private record Planned(OptimizationResult result, Optional<Inputs> ignoreInputs) {
    }

    private Planned plan(DockerfileService service, Dockerfile original, OptimizeOptions options) {
        Path folder = service.dockerfile().toAbsolutePath().getParent();
        Optional<String> refusal = TargetStage.refusal(original, service.build().target());
        if (refusal.isPresent()) {
            return new Planned(unchanged(original, Optional.of(folder), refusal.get()), Optional.empty());
        }
        ContextLayout layout = ContextLayout.of(service.context(), service.dockerfile());
        if (layout.isDockerfileFolder()) {
            Inputs inputs = new Inputs(Optional.of(folder), folder, service.dockerignore());
            return new Planned(core(original, inputs, options), Optional.of(inputs));
        }
        Inputs inContext = new Inputs(Optional.of(service.context().toAbsolutePath()), folder, service.dockerignore());
        Optional<String> local = layout.localize(original);
        if (local.isEmpty()) {
            String outside = layout.firstOutsideSource(original).map(s -> "copies " + s).orElse("mounts the context");
            return new Planned(recipesOnly(original, inContext, options, "built from the context above "
                    + layout.folder() + ", whose Dockerfile " + outside + " from outside its folder: safe recipes only"
                    + " (the templates assume one folder)"), Optional.of(inContext));
        }
        Path name = original.path();
        OptimizationResult inFolder = core(DockerfileParser.parse(local.get(), name),
                new Inputs(Optional.of(folder), folder, Optional.empty()), options);
        String text = inFolder.optimized().equals(local.get()) ? original.text()
                : layout.globalize(inFolder.optimized(), name);
        List<FileEdit> edits = inFolder.fileEdits().stream()
                .map(edit -> new FileEdit(layout.toContext(edit.relativePath()), edit.before(), edit.after())).toList();
        return new Planned(new OptimizationResult(name, original.text(), text, inFolder.template(),
                inFolder.note(), inFolder.changes(), edits, Optional.empty(), inFolder.before(), inFolder.after(),
                inFolder.userBefore(), inFolder.userAfter(), inFolder.healthcheckAfter()), Optional.of(inContext));
    }

    /** Optimizes a Dockerfile built in {@code context} (its own folder), or text with no context at all. */
    public OptimizationResult optimize(Dockerfile original, Optional<Path> context, OptimizeOptions options) {
        Optional<Path> ignore = context.map(dir -> dir.resolve(".dockerignore"))
                .filter(file -> Files.exists(file, LinkOption.NOFOLLOW_LINKS));
        return optimize(original, new Inputs(context, context.orElse(null), ignore), options);
    }

    /**
     * What one optimization reads besides the Dockerfile.
     *
     * @param context the build context (absent for text alone)
     * @param folder the Dockerfile's folder, where the stack is detected; null for text alone
     * @param ignoreFile the ignore file that applies to the build today
     */
    private record Inputs(Optional<Path> context, Path folder, Optional<Path> ignoreFile) {

        ProjectFacts facts() {
            return folder == null ? ProjectFacts.unknown() : Stacks.detect(folder);
        }
    }

    private OptimizationResult optimize(Dockerfile original, Inputs inputs, OptimizeOptions options) {
        return withDockerignore(core(original, inputs, options), inputs);
    }

    /** Template or recipes, without the ignore file. */
    private OptimizationResult core(Dockerfile original, Inputs inputs, OptimizeOptions options) {
        if (options.recipesOnly()) {
            return recipesOnly(original, inputs, options, "safe recipes only, no multi-stage rewrite (asked for:"
                    + " the proof's last candidate)");
        }
        Optional<Path> context = inputs.context();
        ProjectFacts facts = inputs.facts();
        RecipeContext recipeContext = new RecipeContext(context, facts, options, catalog);
        Path name = original.path() == null ? Path.of("Dockerfile") : original.path();
        List<Change> changes = new ArrayList<>();
        List<FileEdit> fileEdits = List.of();
        Optional<String> template = Optional.empty();
        Optional<String> note = Optional.empty();
        String text = original.text();
        Dockerfile current = named(original, name);

        Optional<String> refusal = templateRefusal(original);
        if (refusal.isEmpty()) {
            TemplateInput input = new TemplateInput(original, original.finalStage(),
                    RuntimeContract.of(original.finalStage()), context, facts, options, catalog);
            Optional<Stack> chosen = Stacks.forTemplate(input);
            if (chosen.isEmpty()) {
                note = Optional.of("unknown stack (no " + Stacks.manifestNames()
                        + ", and a base image of no known runtime): safe recipes only");
            } else {
                switch (chosen.get().template().render(input)) {
                    case Template.Rewritten rewritten -> {
                        template = Optional.of(chosen.get().language().id());
                        text = TargetStage.keepFinalName(original, rewritten.result().dockerfile(), name);
                        current = DockerfileParser.parse(text, name);
                        changes.addAll(rewritten.result().changes());
                        if (!user(current).equals("root")) {
                            input.contract().privilegedPortNote().ifPresent(changes::add); // only a non-root start user cares
                        }
                        fileEdits = rewritten.result().fileEdits();
                    }
                    case Template.Refused refused -> note = Optional.of(chosen.get().language().id()
                            + " template not used: " + refused.reason() + "; safe recipes only");
                }
            }
        } else {
            note = refusal;
        }

        RecipeApplier.Outcome recipes = new RecipeApplier(SAFE_RECIPES).apply(current, name, recipeContext);
        text = recipes.text();
        recipes.changes().stream().filter(c -> !changes.contains(c)).forEach(changes::add);
        Dockerfile optimized = recipes.parsed();

        Optional<SizeEstimate> before = estimate(original, context);
        Optional<SizeEstimate> after = estimate(optimized, context);
        if (template.isPresent() && before.isPresent() && after.isPresent()
                && after.get().totalBytes() > before.get().totalBytes()) {
            // never make an image larger: keep only the safe recipes
            return recipesOnly(original, inputs, options, "the template's image would not be smaller: safe recipes only");
        }
        return new OptimizationResult(name, original.text(), text, template, note, changes, fileEdits,
                Optional.empty(), before, after, user(original), user(optimized),
                !optimized.finalStage().instructionsOf(Instruction.Healthcheck.class).isEmpty());
    }

    /** The result with the ignore file its build should read, when that differs from the one it reads today. */
    private static OptimizationResult withDockerignore(OptimizationResult result, Inputs inputs) {
        if (inputs.context().isEmpty()) {
            return result;
        }
        Dockerfile optimized = DockerfileParser.parse(result.optimized(), result.dockerfile());
        // An existing file that cannot be read as text is an error, never silently replaced by a generated one.
        Optional<String> existing = inputs.ignoreFile().filter(file -> Files.exists(file, LinkOption.NOFOLLOW_LINKS))
                .map(file -> InputFiles.readUtf8(file, InputFiles.MAX_CONFIG_BYTES));
        String generated = DockerignoreGenerator.generate(optimized, inputs.facts().language(), existing);
        if (existing.isPresent() && existing.get().equals(generated)) {
            return result;
        }
        List<Change> changes = new ArrayList<>(result.changes());
        changes.add(new Change(".dockerignore excludes " + summary(generated, inputs.facts())));
        return new OptimizationResult(result.dockerfile(), result.original(), result.optimized(), result.template(),
                result.note(), changes, result.fileEdits(), Optional.of(generated), result.before(), result.after(),
                result.userBefore(), result.userAfter(), result.healthcheckAfter());
    }

    /** The original as it is, with the reason nothing was changed. */
    private OptimizationResult unchanged(Dockerfile original, Optional<Path> context, String note) {
        Optional<SizeEstimate> estimate = estimate(original, context);
        return new OptimizationResult(original.path(), original.text(), original.text(), Optional.empty(),
                Optional.of(note), List.of(), List.of(), Optional.empty(), estimate, estimate, user(original),
                user(original), !original.finalStage().instructionsOf(Instruction.Healthcheck.class).isEmpty());
    }

    /** Safe recipes only (no template): asked for, or when a template's result would not be smaller. */
    private OptimizationResult recipesOnly(Dockerfile original, Inputs inputs, OptimizeOptions options,
            String note) {
        Optional<Path> context = inputs.context();
        ProjectFacts facts = inputs.facts();
        Path name = original.path() == null ? Path.of("Dockerfile") : original.path();
        RecipeApplier.Outcome recipes = new RecipeApplier(SAFE_RECIPES).apply(named(original, name), name,
                new RecipeContext(context, facts, options, catalog));
        Dockerfile optimized = recipes.parsed();
        return new OptimizationResult(name, original.text(), recipes.text(), Optional.empty(),
                Optional.of(note), recipes.changes(), List.of(),
                Optional.empty(), estimate(original, context), estimate(optimized, context),
                user(original), user(optimized), !optimized.finalStage().instructionsOf(Instruction.Healthcheck.class).isEmpty());
    }

    /** The parse of {@code dockerfile}'s text under {@code name}: itself when it already carries that name. */
    private static Dockerfile named(Dockerfile dockerfile, Path name) {
        return name.equals(dockerfile.path()) ? dockerfile : DockerfileParser.parse(dockerfile.text(), name);
    }

    /** Why no template applies to this Dockerfile at all, if so. */
    private Optional<String> templateRefusal(Dockerfile dockerfile) {
        if (dockerfile.stages().size() > 1) {
            return Optional.of("already a multi-stage build: safe recipes only");
        }
        if (dockerfile.instructions().stream().anyMatch(i -> i instanceof Instruction.OnBuild)) {
            return Optional.of("ONBUILD triggers would change meaning in a rewrite: safe recipes only");
        }
        Stage stage = dockerfile.finalStage();
        if (stage.instructionsOf(Instruction.Shell.class).size() > 0) {
            return Optional.of("a custom SHELL is used: safe recipes only");
        }
        Optional<BaseImage> base = catalog.lookup(dockerfile.resolvedBaseImage(stage)).map(m -> m.image());
        boolean heavyBase = base.map(b -> b.family() == ImageFamily.FULL || b.role() == BaseImage.Role.BUILD).orElse(true);
        if (!heavyBase && !installsBuildTools(stage)) {
            return Optional.of("the base " + base.get().reference() + " is already a slim image and nothing is compiled:"
                    + " safe recipes only");
        }
        return Optional.empty();
    }

    private static boolean installsBuildTools(Stage stage) {
        RuntimeLibraries libraries = RuntimeLibraries.bundled();
        return stage.instructionsOf(Instruction.Run.class).stream()
                .flatMap(run -> ShellAnalysis.of(run).tools(AptCommand.class).stream())
                .filter(AptCommand::isInstall)
                .anyMatch(apt -> apt.packages().stream().anyMatch(libraries::isBuildTool));
    }

    private Optional<SizeEstimate> estimate(Dockerfile dockerfile, Optional<Path> context) {
        try {
            Path dir = context.orElse(Path.of("."));
            DockerfileService service = new DockerfileService(dir.getFileName() == null ? "." : dir.getFileName().toString(),
                    dir.resolve("Dockerfile"), dir, Optional.empty());
            return Optional.of(sizes.estimate(dockerfile, service));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The common exclusions and the stack's first two plain ones (its biggest: node_modules, __pycache__). */
    private static String summary(String dockerignore, ProjectFacts facts) {
        List<String> candidates = new ArrayList<>(List.of("tests", "docs", ".git"));
        facts.language().map(Stacks::of).ifPresent(stack -> stack.ignoreEntries().stream()
                .filter(entry -> entry.matches("[\\w.-]+")).limit(2).forEach(candidates::add));
        candidates.add(".env");
        List<String> shown = new ArrayList<>();
        for (String candidate : candidates) {
            if (dockerignore.lines().anyMatch(candidate::equals)) {
                shown.add(candidate.equals(".env") ? candidate : candidate + "/");
            }
        }
        return String.join(", ", shown) + " and other files the image does not need";
    }

    private static String user(Dockerfile dockerfile) {
        List<Instruction.User> users = dockerfile.finalStage().instructionsOf(Instruction.User.class);
        if (users.isEmpty()) {
            return "root";
        }
        Instruction.User last = users.get(users.size() - 1);
        return last.user() + last.group().map(g -> ":" + g).orElse("");
    }
}
