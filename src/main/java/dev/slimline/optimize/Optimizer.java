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

/**
 * The optimize pipeline for one Dockerfile: a multi-stage template for the detected stack when the original is a
 * single stage, else (or when the template refuses) the safe recipes; then a .dockerignore and size estimates.
 * A result the estimator finds larger than the original is dropped in favour of the recipes alone.
 */
public final class Optimizer {

    /** Recipes in priority order: on overlap the earlier one wins this round and the later one retries next round. */
    private static final List<Recipe> SAFE_RECIPES = List.of(new MergeAptUpdateRecipe(), new PinBaseTagRecipe(), new RebaseRuntimeStageRecipe(),
            new LockfileInstallRecipe(), new ManifestsFirstRecipe(), new RuleFixRecipe(), new NonRootUserRecipe(),
            new HealthcheckRecipe());

    private final KnowledgeCatalog catalog;

    public Optimizer(KnowledgeCatalog catalog) {
        this.catalog = catalog;
    }

    /** Optimizes a Dockerfile on disk; its directory is the build context. */
    public OptimizationResult optimize(Path dockerfile, OptimizeOptions options) {
        Dockerfile parsed = DockerfileParser.parse(dockerfile);
        Path context = dockerfile.toAbsolutePath().getParent();
        return optimize(parsed, Optional.of(context), options);
    }

    public OptimizationResult optimize(Dockerfile original, Optional<Path> context, OptimizeOptions options) {
        if (options.recipesOnly()) {
            return recipesOnly(original, context, options, "safe recipes only, no multi-stage rewrite (asked for:"
                    + " the proof's last candidate)");
        }
        ProjectFacts facts = context.map(Stacks::detect).orElse(ProjectFacts.unknown());
        RecipeContext recipeContext = new RecipeContext(context, facts, options, catalog);
        Path name = original.path() == null ? Path.of("Dockerfile") : original.path();
        List<Change> changes = new ArrayList<>();
        List<FileEdit> fileEdits = List.of();
        Optional<String> template = Optional.empty();
        Optional<String> note = Optional.empty();
        String text = original.text();

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
                        text = rewritten.result().dockerfile();
                        changes.addAll(rewritten.result().changes());
                        if (!user(DockerfileParser.parse(text, name)).equals("root")) {
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

        RecipeApplier.Outcome recipes = new RecipeApplier(SAFE_RECIPES).apply(text, name, recipeContext);
        text = recipes.text();
        recipes.changes().stream().filter(c -> !changes.contains(c)).forEach(changes::add);
        Dockerfile optimized = DockerfileParser.parse(text, name);

        Optional<SizeEstimate> before = estimate(original, context);
        Optional<SizeEstimate> after = estimate(optimized, context);
        if (template.isPresent() && before.isPresent() && after.isPresent()
                && after.get().totalBytes() > before.get().totalBytes()) {
            // never make an image larger: keep only the safe recipes
            return recipesOnly(original, context, options, "the template's image would not be smaller: safe recipes only");
        }
        Optional<String> dockerignore = dockerignore(optimized, facts, context);
        if (dockerignore.isPresent()) {
            changes.add(new Change(".dockerignore excludes " + summary(dockerignore.get())));
        }
        return new OptimizationResult(name, original.text(), text, template, note, changes, fileEdits, dockerignore,
                before, after, user(original), user(optimized),
                !optimized.finalStage().instructionsOf(Instruction.Healthcheck.class).isEmpty());
    }

    /** Safe recipes only (no template): asked for, or when a template's result would not be smaller. */
    private OptimizationResult recipesOnly(Dockerfile original, Optional<Path> context, OptimizeOptions options,
            String note) {
        ProjectFacts facts = context.map(Stacks::detect).orElse(ProjectFacts.unknown());
        Path name = original.path() == null ? Path.of("Dockerfile") : original.path();
        RecipeApplier.Outcome recipes = new RecipeApplier(SAFE_RECIPES).apply(original.text(), name,
                new RecipeContext(context, facts, options, catalog));
        Dockerfile optimized = DockerfileParser.parse(recipes.text(), name);
        return new OptimizationResult(name, original.text(), recipes.text(), Optional.empty(),
                Optional.of(note), recipes.changes(), List.of(),
                dockerignore(optimized, facts, context), estimate(original, context), estimate(optimized, context),
                user(original), user(optimized), !optimized.finalStage().instructionsOf(Instruction.Healthcheck.class).isEmpty());
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
            return Optional.of(new ImageSizeEstimator(catalog).estimate(dockerfile, service));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> dockerignore(Dockerfile optimized, ProjectFacts facts, Optional<Path> context) {
        if (context.isEmpty()) {
            return Optional.empty();
        }
        Path file = context.get().resolve(".dockerignore");
        // An existing file that cannot be read as text is an error, never silently replaced by a generated one.
        Optional<String> existing = Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(InputFiles.readUtf8(file, InputFiles.MAX_CONFIG_BYTES)) : Optional.empty();
        String generated = DockerignoreGenerator.generate(optimized, facts.language(), existing);
        return existing.isPresent() && existing.get().equals(generated) ? Optional.empty() : Optional.of(generated);
    }

    private static String summary(String dockerignore) {
        List<String> shown = new ArrayList<>();
        for (String candidate : List.of("tests", "docs", ".git", "__pycache__", "node_modules", ".env", ".next", "target")) {
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
