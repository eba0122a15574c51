package dev.slimline.optimize;

import dev.slimline.io.InputFiles;
import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.ImageFamily;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.knowledge.StackNeeds;
import dev.slimline.project.ProjectFacts;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything a template reads: the original single-stage Dockerfile, its runtime contract and the build context. */
record TemplateInput(Dockerfile original, Stage stage, RuntimeContract contract, Optional<Path> context,
                     ProjectFacts facts, OptimizeOptions options, KnowledgeCatalog catalog) {

    String baseImage() {
        return original.resolvedBaseImage(stage);
    }

    /** Whether the detected stack is this language, or the base image runs this runtime (a template's match). */
    boolean isFor(dev.slimline.project.Language language) {
        return facts.language().filter(language::equals).isPresent()
                || catalog.lookup(baseImage()).map(m -> m.image().runtime().equals(language.id())).orElse(false);
    }

    String workdir(String fallback) {
        return contract.workdir().orElse(fallback);
    }

    boolean has(String file) {
        return context.map(dir -> Files.exists(dir.resolve(file))).orElse(false);
    }

    Optional<String> read(String file) {
        if (context.isEmpty()) {
            return Optional.empty();
        }
        // A file that exists but cannot be read as text is an error: an edit must never replace it with a stub.
        Path path = context.get().resolve(file);
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(InputFiles.readUtf8(path, InputFiles.MAX_PROJECT_FILE_BYTES)) : Optional.empty();
    }

    /** apt packages the original installs, in order. */
    List<String> aptPackages() {
        List<String> packages = new ArrayList<>();
        for (Instruction.Run run : stage.instructionsOf(Instruction.Run.class)) {
            for (AptCommand apt : ShellAnalysis.of(run).tools(AptCommand.class)) {
                if (apt.isInstall()) {
                    apt.packages().stream().map(p -> p.replaceFirst("=.*", "")).forEach(packages::add);
                }
            }
        }
        return packages;
    }

    /** The runtime base chosen and one line saying which family and why (printed with the changes). */
    record RuntimeBase(BaseImage image, String why) {
    }

    /**
     * The runtime base: the catalog's choice for the asked family (keeping the runtime version), else the slim
     * sibling, else the original image. Distroless images are used with their nonroot tag. With
     * {@code --base-family auto} a glibc original stays on glibc: prebuilt native modules and wheels are built for
     * it, and musl is a choice the user makes ({@code --base-family alpine}).
     */
    RuntimeBase runtimeBase(StackNeeds needs) {
        BaseImageChoice choice = new BaseImageChoice(catalog);
        BaseImageChoice.Family family = options.family();
        StackNeeds kept = needs;
        boolean glibcOriginal = catalog.lookup(baseImage()).map(m -> m.image().libc() == BaseImage.Libc.GLIBC).orElse(false);
        if (family == BaseImageChoice.Family.AUTO && glibcOriginal && !needs.glibc()) {
            kept = needs.withGlibc("auto keeps the original's libc, as prebuilt native modules and wheels expect"
                    + " (--base-family alpine to choose musl)");
        }
        Optional<BaseImageChoice.Choice> chosen = choice.slimmerSibling(baseImage(), family, kept);
        if (chosen.isEmpty() && family != BaseImageChoice.Family.SLIM) {
            chosen = choice.slimmerSibling(baseImage(), BaseImageChoice.Family.SLIM, kept);
        }
        if (chosen.isPresent()) {
            BaseImage image = chosen.get().to();
            return new RuntimeBase(image, "base family " + image.family().id() + " (asked: " + family.name()
                    .toLowerCase(java.util.Locale.ROOT) + "): " + chosen.get().reason());
        }
        BaseImage original = catalog.lookup(baseImage()).map(m -> m.image())
                .orElseThrow(() -> new IllegalArgumentException("base image not in the catalog: " + baseImage()));
        return new RuntimeBase(original, "base family " + original.family().id() + ": no smaller compatible image in the"
                + " catalog, the original base is kept");
    }

    static String reference(BaseImage image) {
        return image.family() == ImageFamily.DISTROLESS ? image.image() + ":nonroot" : image.reference();
    }

    /** The same-family image to build on for a musl runtime (native builds must match the runtime's libc). */
    String buildImageFor(BaseImage runtime) {
        if (runtime.family() == ImageFamily.ALPINE) {
            return runtime.reference();
        }
        return baseImage();
    }
}
