package dev.slimline.audit;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.Stage;
import dev.slimline.dockerfile.shell.ApkCommand;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.dockerfile.shell.PipCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.CatalogMatch;
import dev.slimline.knowledge.KnowledgeCatalog;
import dev.slimline.knowledge.PackageSize;
import dev.slimline.project.DockerfileService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Estimates an image's size without an engine: catalog size of the base, plus catalog sizes of the OS packages
 * the image's RUNs install, plus the payload model for copied files and installed dependencies.
 */
public final class ImageSizeEstimator {

    private final KnowledgeCatalog catalog;
    private final ContextSizer contexts = new ContextSizer();

    public ImageSizeEstimator(KnowledgeCatalog catalog) {
        this.catalog = catalog;
    }

    public SizeEstimate estimate(Dockerfile dockerfile, DockerfileService service) {
        List<Stage> chain = ImageStages.of(dockerfile);
        String baseImage = dockerfile.resolvedBaseImage(dockerfile.finalStage());
        Optional<CatalogMatch> match = catalog.lookup(baseImage);
        long baseBytes = match.map(m -> m.image().sizeBytes()).orElse(PayloadModel.UNKNOWN_BASE_BYTES);
        int baseLayers = match.map(m -> m.image().layers()).orElse(PayloadModel.UNKNOWN_BASE_LAYERS);
        boolean approximate = match.map(CatalogMatch::approximate).orElse(true);
        List<Instruction> instructions = ImageStages.instructions(chain);
        long packages = packageBytes(instructions, match.map(CatalogMatch::image));
        long payload = payloadBytes(instructions, service);
        return new SizeEstimate(baseImage, baseBytes, packages, payload, baseLayers + ImageStages.layerCount(chain),
                approximate);
    }

    /** OS packages installed and not removed again, plus apt lists left behind. */
    private long packageBytes(List<Instruction> instructions, Optional<BaseImage> base) {
        Set<String> apt = new LinkedHashSet<>();
        Set<String> apk = new LinkedHashSet<>();
        long listsLeft = 0;
        for (Instruction instruction : instructions) {
            if (!(instruction instanceof Instruction.Run run)) {
                continue;
            }
            ShellAnalysis analysis = ShellAnalysis.of(run);
            for (AptCommand command : analysis.tools(AptCommand.class)) {
                if (command.isInstall()) {
                    command.packages().forEach(p -> apt.add(packageName(p)));
                } else if (command.action().equals("purge") || command.action().equals("remove")) {
                    command.packages().forEach(p -> apt.remove(packageName(p)));
                } else if (command.isUpdate() && !run.raw().text().contains("/var/lib/apt/lists")) {
                    listsLeft = PayloadModel.APT_LISTS_BYTES;
                }
            }
            List<String> added = new ArrayList<>();
            for (ApkCommand command : analysis.tools(ApkCommand.class)) {
                if (command.isAdd()) {
                    command.packages().forEach(p -> added.add(packageName(p)));
                } else if (command.isDel()) {
                    // `apk add --virtual .build-deps ... && apk del .build-deps` leaves nothing behind
                    boolean virtual = analysis.tools(ApkCommand.class).stream()
                            .anyMatch(a -> a.virtualName().isPresent() && command.packages().contains(a.virtualName().get()));
                    if (virtual) {
                        added.clear();
                    }
                    command.packages().forEach(p -> apk.remove(packageName(p)));
                }
            }
            apk.addAll(added);
        }
        Set<String> preinstalled = base.flatMap(BaseImage::preinstalledSet).map(catalog::packageSet).orElse(Set.of());
        apt.removeAll(preinstalled);
        return sum("apt", apt) + sum("apk", apk) + listsLeft;
    }

    /**
     * Packages installed together share dependencies, so closures are not summed: the largest closure counts
     * whole, the others with their own size only.
     */
    private long sum(String manager, Set<String> packages) {
        long largestClosure = 0;
        long ownTotal = 0;
        long largestOwn = 0;
        for (String name : packages) {
            Optional<PackageSize> size = catalog.packageSize(manager, name);
            long own = size.map(PackageSize::ownBytes).orElse(PayloadModel.UNKNOWN_PACKAGE_BYTES);
            long closure = size.map(PackageSize::closureBytes).orElse(PayloadModel.UNKNOWN_PACKAGE_BYTES);
            ownTotal += own;
            if (closure > largestClosure) {
                largestClosure = closure;
                largestOwn = own;
            }
        }
        return largestClosure + ownTotal - largestOwn;
    }

    private static String packageName(String argument) {
        int cut = argument.length();
        for (char separator : new char[] {'=', '~', '>', '<'}) {
            int at = argument.indexOf(separator);
            if (at > 0) {
                cut = Math.min(cut, at);
            }
        }
        return argument.substring(0, cut);
    }

    /** Files copied from the context or other stages, and dependencies installed, caches included. */
    private long payloadBytes(List<Instruction> instructions, DockerfileService service) {
        long total = 0;
        boolean contextCounted = false;
        for (Instruction instruction : instructions) {
            if (instruction instanceof Instruction.FileTransfer transfer) {
                if (transfer.flag("from").isPresent()) {
                    total += PayloadModel.COPY_FROM_STAGE_BYTES;
                    continue;
                }
                for (String source : transfer.sources()) {
                    Path file = service.context().resolve(source.startsWith("/") ? source.substring(1) : source);
                    if (isWholeTree(source, file)) {
                        if (!contextCounted) {
                            total += contexts.bytes(service.context(), service.hasDockerignore());
                            contextCounted = true;
                        }
                    } else if (!contextCounted) {
                        total += fileSize(file);
                    }
                }
            } else if (instruction instanceof Instruction.Run run) {
                total += dependencyBytes(ShellAnalysis.of(run), run, service.context(), true);
            }
        }
        return total;
    }

    /**
     * Dependencies a RUN installs; with {@code withCaches} the download cache it leaves too. Shared with the
     * optimized estimate, which counts production dependencies without caches.
     */
    static long dependencyBytes(ShellAnalysis analysis, Instruction.Run run, Path context, boolean withCaches) {
        boolean cacheMounted = run.mounts().stream().anyMatch(m -> m.contains("type=cache"));
        long total = 0;
        for (NodePackageCommand command : analysis.tools(NodePackageCommand.class)) {
            long installed = 0;
            if (command.installsProject()) {
                installed = DependencyManifests.nodeDependencies(context, command.productionOnly() || !withCaches)
                        * PayloadModel.NODE_BYTES_PER_DEPENDENCY;
            } else if (command.installsPackages()) {
                installed = command.operands().stream().filter(o -> !o.startsWith("-")).count()
                        * PayloadModel.NODE_BYTES_PER_DEPENDENCY;
            }
            boolean cleaned = analysis.tools(NodePackageCommand.class).stream().anyMatch(NodePackageCommand::cleansCache);
            total += installed + (withCaches && !cleaned && !cacheMounted
                    ? Math.round(installed * PayloadModel.CACHE_SHARE) : 0);
        }
        for (PipCommand command : analysis.tools(PipCommand.class)) {
            if (!command.isInstall()) {
                continue;
            }
            long count = command.packages().stream().filter(p -> !p.startsWith("-") && !p.equals(".")).count();
            for (String requirements : command.requirementFiles()) {
                count += DependencyManifests.pythonRequirements(context, requirements);
            }
            long installed = count * PayloadModel.PYTHON_BYTES_PER_REQUIREMENT;
            total += installed + (withCaches && !command.noCacheDir() && !cacheMounted
                    ? Math.round(installed * PayloadModel.CACHE_SHARE) : 0);
        }
        return total;
    }

    static boolean isWholeTree(String source, Path file) {
        return source.equals(".") || source.equals("./") || source.contains("*") || source.contains("?")
                || Files.isDirectory(file);
    }

    private static long fileSize(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Context bytes as the optimizer's .dockerignore would leave them. */
    long sourceBytes(DockerfileService service) {
        return contexts.bytes(service.context(), true);
    }
}
