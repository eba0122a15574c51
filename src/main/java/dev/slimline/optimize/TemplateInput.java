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

    /**
     * The runtime base: the catalog's choice for the asked family (keeping the runtime version), else the slim
     * sibling, else the original image. Distroless images are used with their nonroot tag.
     */
    BaseImage runtimeBase(StackNeeds needs) {
        BaseImageChoice choice = new BaseImageChoice(catalog);
        Optional<BaseImageChoice.Choice> chosen = choice.slimmerSibling(baseImage(), options.family(), needs);
        if (chosen.isEmpty() && options.family() != BaseImageChoice.Family.SLIM) {
            chosen = choice.slimmerSibling(baseImage(), BaseImageChoice.Family.SLIM, needs);
        }
        return chosen.map(BaseImageChoice.Choice::to)
                .or(() -> catalog.lookup(baseImage()).map(m -> m.image()))
                .orElseThrow(() -> new IllegalArgumentException("base image not in the catalog: " + baseImage()));
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
