package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.ImageFamily;
import dev.slimline.knowledge.PackageManager;
import dev.slimline.optimize.GeneratedInstruction.Copy;
import dev.slimline.optimize.GeneratedInstruction.Run;
import dev.slimline.optimize.GeneratedInstruction.Workdir;
import dev.slimline.dockerfile.shell.GoCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Go: a static, stripped build ({@code CGO_ENABLED=0 -trimpath -ldflags "-s -w"}) on the original golang image,
 * the binary alone on distroless static (CA certificates, /etc/passwd, nonroot uid 65532, no shell), with a
 * compiled health probe when the port and health route are known ({@link GoHealthProbe}).
 */
final class GoTemplate implements Template {

    private static final String BINARY = "/app/server";
    /** Where a cgo binary runs: glibc and the shared libraries of the golang images' Debian, no toolchain. */
    private static final String CGO_RUNTIME = "debian:bookworm-slim";
    /** go build flags that take a value (so the word after them is not the package). */
    private static final List<String> VALUE_FLAGS = List.of("-o", "-ldflags", "-tags", "-gcflags", "-asmflags", "-mod",
            "-modfile", "-buildmode", "-p", "-pkgdir", "-installsuffix", "-overlay", "-pgo", "-toolexec", "-compiler",
            "-gccgoflags");

    @Override
    public boolean matches(TemplateInput input) {
        return input.has("go.mod") || input.baseImage().startsWith("golang");
    }

    @Override
    public TemplateOutcome render(TemplateInput input) {
        Optional<String> problem = input.contract().binaryCommandProblem("distroless static");
        if (problem.isPresent()) {
            return new Refused(problem.get());
        }
        List<String> command = input.contract().commandWords();
        boolean cgo = cgo(input);
        Optional<GoBuild> build = goBuild(input);
        List<String> runArgs = new ArrayList<>(command);
        if (build.isEmpty() && command.size() > 2 && command.get(0).equals("go") && command.get(1).equals("run")) {
            // `go run PKG ARGS` compiles at every start: build the same package once, run it with the same ARGS
            GoArgs run = GoArgs.parse(command, true);
            build = Optional.of(new GoBuild(BINARY, run.packagePath(), run.ldflags(), run.tags()));
            runArgs = new ArrayList<>(List.of(BINARY));
            runArgs.addAll(run.programArgs());
        }
        if (build.isEmpty()) {
            return new Refused("no 'go build' in the Dockerfile: the binary and package are not known");
        }
        String workdir = input.workdir("/src");
        String binary = build.get().output();
        String first = runArgs.get(0);
        if (!(first.equals(binary) || !first.startsWith("/") && binary.endsWith("/" + stripDot(first)))) {
            return new Refused("CMD runs " + first + ", not the binary built by go build (" + binary + ")");
        }
        runArgs.set(0, BINARY);
        BaseImage base = runtimeBase(input);
        List<String> apt = input.aptPackages();
        Set<String> runtimeLibraries = Set.of();
        if (cgo) {
            // a cgo binary links glibc and the C libraries of its build image: a slim image of the same Debian runs it
            Optional<BaseImage> slim = input.catalog().lookup(CGO_RUNTIME).map(m -> m.image());
            if (slim.isEmpty()) {
                return new Refused("the build enables cgo (CGO_ENABLED=1), which links glibc; a static base cannot run it");
            }
            base = slim.get();
            runtimeLibraries = RuntimeLibraries.bundled().debianRuntime(apt);
        }
        String runtime = TemplateInput.reference(base);
        int uid = input.options().uid().orElse(65532);
        GoHealthProbe.Plan health = GoHealthProbe.plan(input, runtime);
        GeneratedDockerfile out = new GeneratedDockerfile();
        GeneratedStage buildStage = out.stage(input.baseImage(), "build");
        if (cgo && !apt.isEmpty()) {
            buildStage.add(Run.of(PackageManager.APT.installCommands(apt)));
        }
        buildStage.add(new Workdir(workdir)).add(health.buildStep());
        // a go.work workspace keeps each module's go.mod in its own directory: no root manifests to download from
        boolean workspace = input.has("go.work");
        if (!workspace) {
            buildStage.add(Copy.context(List.of("go.*"), "./")).add(Run.of("go mod download"));
        }
        buildStage.add(Copy.context(List.of("."), "."))
                .add(Run.of("CGO_ENABLED=" + (cgo ? 1 : 0) + " go build -trimpath " + build.get().flags() + "-o " + BINARY + " "
                        + build.get().packagePath()));
        GeneratedStage run = out.stage(runtime);
        if (!runtimeLibraries.isEmpty()) {
            run.add(Run.of(PackageManager.APT.installCommands(List.copyOf(runtimeLibraries))));
        }
        run
                .addAll(RuntimeContract.carried(input.contract().labels()))
                .addAll(RuntimeContract.carried(input.contract().env()));
        // the original's working directory stays the process's cwd (relative paths, os.Getwd)
        input.contract().workdir().ifPresent(dir -> run.add(new Workdir(dir)));
        run.add(Copy.fromStage("build", BINARY, BINARY)).add(health.copyStep());
        input.contract().closeRuntimeStage(run, GeneratedInstruction.User.numeric(uid), health.decision().healthcheck(),
                List.of(GeneratedInstruction.Command.entrypoint(runArgs)));
        List<Change> changes = List.of(
                new Change("Multi-stage build: the Go toolchain stays in the build stage" + (workspace
                        ? "; go.work workspace: its modules are copied whole before the build (no root go.mod to"
                        + " download from)" : "")),
                new Change(cgo ? "cgo kept (CGO_ENABLED=1): the stripped binary runs on " + runtime + " with glibc"
                        + (runtimeLibraries.isEmpty() ? "" : " and " + String.join(" ", runtimeLibraries))
                        : "static, stripped binary (CGO_ENABLED=0, -trimpath, -ldflags \"-s -w\")"),
                new Change("runtime " + runtime + (base.shell() ? ": a static binary on a minimal OS image"
                        : ": CA certificates and /etc/passwd, no shell")),
                new Change("Non-root uid " + uid),
                health.decision().change());
        return new Rewritten(new TemplateResult(out.print(), changes, List.of()));
    }

    /**
     * Where a static binary runs, from the catalog: the smallest image of the asked family for the runtime Go's
     * output deploys on; for Alpine (no static-only Alpine image) the catalog's first Alpine OS image.
     */
    private static BaseImage runtimeBase(TemplateInput input) {
        BaseImageChoice.Family family = input.options().family();
        String target = input.catalog().deploysOn("go");
        List<BaseImage> run = input.catalog().images().stream().filter(i -> i.role() == BaseImage.Role.RUN).toList();
        return run.stream().filter(i -> i.runtime().equals(target) && BaseImageChoice.inFamily(i, family))
                .min(Comparator.comparingLong(BaseImage::sizeBytes))
                .or(() -> family == BaseImageChoice.Family.ALPINE
                        ? run.stream().filter(i -> i.family() == ImageFamily.ALPINE && i.runtime().equals("os")).findFirst()
                        : Optional.empty())
                .or(() -> run.stream().filter(i -> i.runtime().equals(target)
                                && BaseImageChoice.inFamily(i, BaseImageChoice.Family.AUTO))
                        .min(Comparator.comparingLong(BaseImage::sizeBytes)))
                .orElseThrow(() -> new IllegalStateException("the catalog has no image for a static binary"));
    }

    /** Whether the original turns cgo on, in an ENV or on the build's command line. */
    private static boolean cgo(TemplateInput input) {
        return input.contract().env().stream().anyMatch(e -> e.matches("(?s).*\\bCGO_ENABLED[= ]\"?1\\b.*"))
                || input.stage().instructionsOf(Instruction.Run.class).stream()
                .anyMatch(run -> run.text().matches("(?s).*\\bCGO_ENABLED=\"?1\\b.*"));
    }

    private static String stripDot(String path) {
        return path.startsWith("./") ? path.substring(2) : path;
    }

    /** The original's go build: where it wrote the binary, which package, and the -ldflags/-tags it set. */
    record GoBuild(String output, String packagePath, List<String> ldflags, Optional<String> tags) {

        /**
         * -ldflags with -s -w added to the author's own (a version stamped with -X stays), then the author's -tags
         * (netgo, osusergo... change what is compiled in).
         */
        String flags() {
            List<String> linker = new ArrayList<>(List.of("-s", "-w"));
            ldflags.stream().filter(flag -> !linker.contains(flag)).forEach(linker::add);
            return "-ldflags=" + doubleQuoted(String.join(" ", linker)) + " "
                    + tags.map(t -> "-tags=" + (t.matches("[\\w.,-]+") ? t : doubleQuoted(t)) + " ").orElse("");
        }

        /** Quoted for sh; $ is left alone so a build ARG still expands as it did in the original. */
        private static String doubleQuoted(String value) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`") + "\"";
        }
    }

    /**
     * The words of {@code go build|run ...} after the action: -o, -ldflags, -tags, the package (for go run the
     * package or its .go files, then the program's own arguments).
     */
    record GoArgs(String output, String packagePath, List<String> ldflags, Optional<String> tags,
                  List<String> programArgs) {

        static GoArgs parse(List<String> argv, boolean run) {
            String output = null;
            List<String> packages = new ArrayList<>();
            List<String> ldflags = List.of();
            Optional<String> tags = Optional.empty();
            int i = 2;
            for (; i < argv.size(); i++) {
                if (run && !packages.isEmpty() && !argv.get(i).endsWith(".go")) {
                    break; // after go run's package or files come the program's own arguments
                }
                String word = argv.get(i).replaceFirst("^--", "-");
                String flag = word.replaceFirst("=.*", "");
                boolean separate = !word.contains("=") && i + 1 < argv.size();
                if (VALUE_FLAGS.contains(flag)) {
                    String value = separate ? argv.get(++i) : word.substring(Math.min(word.length(), flag.length() + 1));
                    switch (flag) {
                        case "-o" -> output = value.isEmpty() ? output : value;
                        case "-ldflags" -> ldflags = Arrays.stream(value.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
                        case "-tags" -> tags = Optional.of(value).filter(t -> !t.isBlank());
                        default -> {
                        }
                    }
                } else if (word.startsWith("-")) {
                    continue;
                } else if (!run) {
                    packages = new ArrayList<>(List.of(word));
                } else {
                    packages.add(word);
                }
            }
            List<String> rest = run && i < argv.size() ? List.copyOf(argv.subList(i, argv.size())) : List.of();
            return new GoArgs(output, packages.isEmpty() ? "." : String.join(" ", packages), ldflags, tags, rest);
        }
    }

    private static Optional<GoBuild> goBuild(TemplateInput input) {
        String workdir = input.workdir("/go");
        for (Instruction.Run run : input.stage().instructionsOf(Instruction.Run.class)) {
            for (GoCommand go : ShellAnalysis.of(run).tools(GoCommand.class)) {
                if (!go.action().equals("build")) {
                    continue;
                }
                GoArgs args = GoArgs.parse(go.source().effectiveArgv(), false);
                String output = args.output();
                if (output == null) {
                    String module = input.read("go.mod").flatMap(GoTemplate::moduleName).orElse("app");
                    output = module.substring(module.lastIndexOf('/') + 1);
                }
                if (!output.startsWith("/")) {
                    output = workdir.endsWith("/") ? workdir + stripDot(output) : workdir + "/" + stripDot(output);
                }
                return Optional.of(new GoBuild(output, args.packagePath(), args.ldflags(), args.tags()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> moduleName(String goMod) {
        for (String line : goMod.split("\n")) {
            if (line.startsWith("module ")) {
                return Optional.of(line.substring(7).trim());
            }
        }
        return Optional.empty();
    }
}
