package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.PackageManager;
import dev.slimline.optimize.GeneratedInstruction.Copy;
import dev.slimline.optimize.GeneratedInstruction.Run;
import dev.slimline.optimize.GeneratedInstruction.Workdir;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rust: the original's cargo build (or {@code cargo install --path}, or the build {@code cargo run} does at every
 * start) in the build stage on the original rust image, dependencies first from the manifests alone (placeholder
 * sources, so the layer holds only the crates), symbols stripped; the binary alone on the runtime its target needs
 * ({@link RustRuntime}).
 */
final class RustTemplate implements Template {

    private static final String BIN_DIR = "/usr/local/bin/";
    /** Where VOLUME directories are made in the build stage, to be copied owned by the non-root user. */
    private static final String VOLUME_ROOT = "/volumes";
    /** Stripping is a profile setting since cargo 1.59; as an environment variable it leaves Cargo.toml alone. */
    private static final String STRIP = "CARGO_PROFILE_RELEASE_STRIP=symbols";
    /** cargo options that take a value, so the word after them is not an argument of the program. */
    private static final Set<String> VALUE_OPTIONS = Set.of("-p", "--package", "--bin", "--target", "--features", "-F",
            "--profile", "--manifest-path", "-j", "--jobs", "--path", "--root", "--target-dir", "--example");
    /** cargo install options with no meaning for cargo build. */
    private static final Set<String> INSTALL_ONLY = Set.of("--path", "--root", "--force", "-f", "--no-track", "--debug");

    @Override
    public boolean matches(TemplateInput input) {
        return input.has("Cargo.toml") || input.baseImage().startsWith("rust");
    }

    @Override
    public TemplateOutcome render(TemplateInput input) {
        Optional<String> problem = input.contract().binaryCommandProblem("the binary's runtime image");
        if (problem.isPresent()) {
            return new Refused(problem.get());
        }
        List<String> command = input.contract().commandWords();
        Optional<CargoProject> read = CargoProject.read(input);
        if (read.isEmpty()) {
            return new Refused("no cargo package found from Cargo.toml (a glob of workspace members is not followed)");
        }
        CargoProject project = read.get();
        Optional<CargoBuild> found = CargoBuild.from(input, command, project);
        if (found.isEmpty()) {
            return new Refused("CMD runs " + command.get(0) + ", not a binary the Dockerfile builds with cargo ("
                    + String.join(", ", project.binaries()) + ")");
        }
        CargoBuild build = found.get();
        Optional<RustRuntime.Choice> choice = RustRuntime.choose(input, project, build.targetTriple());
        if (choice.isEmpty()) {
            return new Refused("--base-family alpine needs a musl build (--target x86_64-unknown-linux-musl);"
                    + " the rust image's toolchain builds for glibc");
        }
        RustRuntime.Choice runtime = choice.get();
        String reference = TemplateInput.reference(runtime.base());
        int uid = input.options().uid().orElse(65532);
        String workdir = input.workdir("/usr/src/app");
        String binary = BIN_DIR + build.binary();
        List<String> volumes = volumePaths(input);

        GeneratedDockerfile out = new GeneratedDockerfile();
        GeneratedStage stage = out.stage(input.baseImage(), "build");
        List<String> buildPackages = project.linkedCrates().isEmpty() ? List.of() : input.aptPackages();
        if (!buildPackages.isEmpty()) {
            stage.add(Run.of(PackageManager.APT.installCommands(buildPackages)));
        }
        if (!volumes.isEmpty()) {
            stage.add(Run.of("mkdir -p " + String.join(" ", volumes.stream().map(v -> VOLUME_ROOT + v).toList())));
        }
        stage.add(new Workdir(workdir));
        boolean cachedDependencies = hasDependencies(input, project) && project.placeholdersWork();
        if (cachedDependencies) {
            // one COPY per directory: several sources into one destination would land side by side
            project.manifests(input.has("Cargo.lock")).stream()
                    .collect(java.util.stream.Collectors.groupingBy(f -> f.contains("/") ? f.substring(0, f.lastIndexOf('/') + 1) : "./",
                            java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
                    .forEach((destination, files) -> stage.add(Copy.context(files, destination)));
            if (project.vendored()) {
                stage.add(Copy.context(List.of(input.has(".cargo/config.toml") ? ".cargo/config.toml" : ".cargo/config"),
                        ".cargo/")).add(Copy.context(List.of("vendor"), "vendor"));
            }
            stage.add(Run.of(placeholderBuild(project, build.command())));
        }
        stage.add(Copy.context(List.of("."), "."));
        List<String> finalBuild = new ArrayList<>();
        if (cachedDependencies) {
            // COPY keeps the context's modification times, older than the placeholder build: touch makes cargo rebuild
            finalBuild.add("touch " + String.join(" ", project.placeholderSources()));
        }
        finalBuild.add(build.command());
        stage.add(Run.of(finalBuild));

        GeneratedStage run = out.stage(reference);
        if (!runtime.libraries().isEmpty()) {
            run.add(Run.of(PackageManager.APT.installCommands(List.copyOf(runtime.libraries()))));
        }
        run.add(NonRootUser.create(runtime.base(), "app", uid, false))
                .addAll(RuntimeContract.carried(input.contract().labels()))
                .addAll(RuntimeContract.carried(input.contract().env()));
        input.contract().workdir().ifPresent(dir -> run.add(new Workdir(dir)));
        volumes.forEach(v -> run.add(Copy.fromStage("build", VOLUME_ROOT + v, v).ownedBy(uid + ":" + uid)));
        run.add(Copy.fromStage("build", workdir + "/" + build.outputDir() + "/" + build.binary(), binary));
        HealthcheckWriter.Decision health = health(input, reference);
        List<String> argv = new ArrayList<>(List.of(binary));
        argv.addAll(build.programArgs());
        input.contract().closeRuntimeStage(run, GeneratedInstruction.User.numeric(uid), health.healthcheck(),
                List.of(input.contract().entrypoint().isPresent() ? GeneratedInstruction.Command.entrypoint(argv)
                        : GeneratedInstruction.Command.cmd(argv)));

        List<Change> changes = new ArrayList<>();
        changes.add(new Change("Multi-stage build: the Rust toolchain stays in the build stage"));
        changes.add(new Change(build.describe() + ", symbols stripped (" + STRIP + ")"));
        changes.add(new Change(cachedDependencies
                ? "dependencies built from the manifests alone first (placeholder sources), so their layer stays cached"
                : "no dependency cache step: " + (hasDependencies(input, project)
                        ? "a build script or declared target path needs the real sources"
                        : "Cargo.lock names no crate besides the project's own")));
        if (project.linkedCrates().isEmpty() && !input.aptPackages().isEmpty()) {
            changes.add(new Change("apt packages not installed (" + String.join(" ", input.aptPackages())
                    + "): Cargo.lock has no -sys crate that would link a system library"));
        }
        changes.add(new Change("runtime " + reference + ": " + runtime.why()));
        if (!volumes.isEmpty()) {
            changes.add(new Change("VOLUME " + String.join(" ", volumes) + " created owned by uid " + uid
                    + " (an anonymous volume copies the directory's owner)"));
        }
        changes.add(new Change("Non-root uid " + uid));
        changes.add(health.change());
        return new Rewritten(new TemplateResult(out.print(), changes, List.of()));
    }

    /** The user's --no-healthcheck or --health-cmd; else none: the runtime images carry no shell, curl or wget. */
    private static HealthcheckWriter.Decision health(TemplateInput input, String runtime) {
        return HealthcheckWriter.userChoice(input.options(), "no HEALTHCHECK (--no-healthcheck)",
                        "HEALTHCHECK runs the --health-cmd given (it must exist in " + runtime + ")")
                .orElseGet(() -> HealthcheckWriter.Decision.none("no HEALTHCHECK: " + runtime + " has no shell, curl or wget"
                        + " to probe with; use orchestrator probes or --health-cmd with a probe the binary offers"));
    }

    /** Whether Cargo.lock lists crates beyond the project's own packages (vendored or fetched). */
    private static boolean hasDependencies(TemplateInput input, CargoProject project) {
        String lock = input.read("Cargo.lock").orElse("");
        long packages = lock.lines().filter(line -> line.equals("[[package]]")).count();
        return packages > project.members().size() || project.vendored();
    }

    /** Empty sources for every target, the real build command (which compiles only dependencies), then removed. */
    private static List<String> placeholderBuild(CargoProject project, String build) {
        List<String> commands = new ArrayList<>();
        List<String> sources = project.placeholderSources();
        commands.add("mkdir -p " + String.join(" ", sources.stream().map(s -> s.substring(0, s.lastIndexOf('/'))).distinct().toList()));
        for (String source : sources) {
            commands.add(source.endsWith("main.rs") ? "echo 'fn main() {}' > " + source : "touch " + source);
        }
        commands.add(build);
        commands.add("rm " + String.join(" ", sources));
        return commands;
    }

    private static List<String> volumePaths(TemplateInput input) {
        return input.stage().instructionsOf(Instruction.Volume.class).stream()
                .flatMap(v -> v.paths().stream()).filter(p -> p.startsWith("/")).distinct().toList();
    }

    /**
     * The original's cargo invocation turned into one release build: its options (features, --locked, -p, --bin,
     * --target) kept, cargo install's own options dropped, and the program's arguments when it ran via cargo run.
     */
    record CargoBuild(String binary, List<String> options, Optional<String> targetTriple, String profile,
                      List<String> programArgs, String origin) {

        String command() {
            return (profile.equals("release") ? STRIP + " " : "") + "cargo build " + String.join(" ", options);
        }

        String outputDir() {
            return "target/" + targetTriple.map(t -> t + "/").orElse("") + profile;
        }

        String describe() {
            return "binary " + binary + " built once in the build stage with cargo build " + String.join(" ", options)
                    + " (the original " + origin + ")";
        }

        static Optional<CargoBuild> from(TemplateInput input, List<String> command, CargoProject project) {
            if (command.size() > 1 && command.get(0).equals("cargo") && command.get(1).equals("run")) {
                return fromRun(command, project);
            }
            String binary = command.get(0).substring(command.get(0).lastIndexOf('/') + 1);
            if (project.owner(binary).isEmpty()) {
                return Optional.empty();
            }
            for (Instruction.Run run : input.stage().instructionsOf(Instruction.Run.class)) {
                for (ShellCommand cargo : ShellAnalysis.of(run).commands()) {
                    List<String> argv = cargo.effectiveArgv();
                    if (!cargo.program().equals("cargo") || argv.size() < 2
                            || !(argv.get(1).equals("build") || argv.get(1).equals("install"))) {
                        continue;
                    }
                    boolean install = argv.get(1).equals("install");
                    List<String> options = options(argv.subList(2, argv.size()), install);
                    if (install && !argv.contains("--path")) {
                        return Optional.empty(); // installs a published crate, not this project
                    }
                    boolean release = install ? !argv.contains("--debug") : options.contains("--release") || options.contains("-r");
                    if (install && release) {
                        options.add(0, "--release");
                    }
                    return Optional.of(new CargoBuild(binary, options, target(options), release ? "release" : "debug",
                            command.subList(1, command.size()), "cargo " + argv.get(1)));
                }
            }
            return Optional.empty();
        }

        /** cargo run [options] [-- args]: the binary from --bin, -p's package or the project's only one. */
        private static Optional<CargoBuild> fromRun(List<String> command, CargoProject project) {
            int dashes = command.indexOf("--");
            List<String> cargoArgs = command.subList(2, dashes < 0 ? command.size() : dashes);
            List<String> args = dashes < 0 ? List.of() : command.subList(dashes + 1, command.size());
            List<String> options = options(cargoArgs, false);
            Optional<String> binary = valueOf(options, "--bin")
                    .or(() -> valueOf(options, "-p").or(() -> valueOf(options, "--package"))
                            .flatMap(pkg -> project.members().stream().filter(m -> m.name().equals(pkg)).findFirst())
                            .filter(m -> m.binaries().size() == 1).map(m -> m.binaries().get(0)))
                    .or(() -> project.binaries().size() == 1 ? Optional.of(project.binaries().get(0)) : Optional.empty());
            if (binary.isEmpty()) {
                return Optional.empty();
            }
            boolean release = options.contains("--release") || options.contains("-r");
            return Optional.of(new CargoBuild(binary.get(), options, target(options), release ? "release" : "debug", args,
                    "cargo run, which compiled at every start"));
        }

        private static List<String> options(List<String> words, boolean install) {
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                String flag = word.replaceFirst("=.*", "");
                boolean takesValue = VALUE_OPTIONS.contains(flag) && !word.contains("=") && i + 1 < words.size();
                if (install && INSTALL_ONLY.contains(flag)) {
                    i += takesValue ? 1 : 0;
                    continue;
                }
                if (!word.startsWith("-") && !install) {
                    continue; // a build has no positional arguments; a stray word is not carried
                }
                kept.add(word);
                if (takesValue) {
                    kept.add(words.get(++i));
                }
            }
            return kept;
        }

        private static Optional<String> valueOf(List<String> options, String flag) {
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).equals(flag) && i + 1 < options.size()) {
                    return Optional.of(options.get(i + 1));
                }
                if (options.get(i).startsWith(flag + "=")) {
                    return Optional.of(options.get(i).substring(flag.length() + 1));
                }
            }
            return Optional.empty();
        }

        private static Optional<String> target(List<String> options) {
            return valueOf(options, "--target");
        }
    }

    /**
     * Where the binary runs, decided by its target and what it links: a musl target is static (distroless static);
     * a glibc binary needs glibc and libgcc_s (distroless cc); one that links system C libraries through -sys crates
     * (OpenSSL, SQLite, libpq...) runs on the slim Debian of the rust image with those libraries installed.
     */
    static final class RustRuntime {

        /**
         * Debian 12 runtime packages of the libraries the common -sys crates link (debian slim has none of them but
         * zlib; a TLS client also needs the CA bundle).
         */
        private static final Map<String, List<String>> SYS_CRATE_RUNTIME = Map.of(
                "openssl-sys", List.of("libssl3", "ca-certificates"), "libsqlite3-sys", List.of("libsqlite3-0"),
                "pq-sys", List.of("libpq5"), "libz-sys", List.of(), "curl-sys", List.of("libcurl4", "ca-certificates"),
                "mysqlclient-sys", List.of("libmariadb3"));
        private static final String SLIM = "debian:bookworm-slim";

        record Choice(BaseImage base, Set<String> libraries, String why) {
        }

        private RustRuntime() {
        }

        static Optional<Choice> choose(TemplateInput input, CargoProject project, Optional<String> target) {
            BaseImageChoice.Family family = input.options().family();
            if (target.map(t -> t.contains("musl")).orElse(false)) {
                return smallest(input, "static", "a musl target links statically: no libc needed");
            }
            if (family == BaseImageChoice.Family.ALPINE) {
                return Optional.empty();
            }
            if (!project.linkedCrates().isEmpty() || family == BaseImageChoice.Family.SLIM) {
                Set<String> libraries = new java.util.LinkedHashSet<>();
                project.linkedCrates().forEach(c -> libraries.addAll(SYS_CRATE_RUNTIME.getOrDefault(c, List.of())));
                libraries.addAll(RuntimeLibraries.bundled().debianRuntime(input.aptPackages()));
                return input.catalog().lookup(SLIM).map(m -> new Choice(m.image(), libraries,
                        project.linkedCrates().isEmpty() ? "slim asked (--base-family slim)"
                                : "the binary links system libraries through " + String.join(", ", project.linkedCrates())
                                + " (glibc" + (libraries.isEmpty() ? "" : ", " + String.join(" ", libraries)) + ")"));
            }
            return smallest(input, input.catalog().deploysOn("rust"),
                    "a glibc target needs only glibc and libgcc_s: no shell, no package manager");
        }

        private static Optional<Choice> smallest(TemplateInput input, String runtime, String why) {
            return input.catalog().images().stream()
                    .filter(i -> i.role() == BaseImage.Role.RUN && i.runtime().equals(runtime)
                            && BaseImageChoice.inFamily(i, BaseImageChoice.Family.AUTO))
                    .min(Comparator.comparingLong(BaseImage::sizeBytes))
                    .map(image -> new Choice(image, Set.of(), why));
        }
    }
}
