package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.dockerfile.shell.PipCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.BaseImageChoice;
import dev.slimline.knowledge.ImageFamily;
import dev.slimline.knowledge.PackageManager;
import dev.slimline.knowledge.StackNeeds;
import dev.slimline.optimize.GeneratedInstruction.Copy;
import dev.slimline.optimize.GeneratedInstruction.Env;
import dev.slimline.optimize.GeneratedInstruction.Run;
import dev.slimline.optimize.GeneratedInstruction.Workdir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Python: a build stage on the original (full) image compiles and installs everything into a virtualenv; the
 * runtime stage on the slim sibling gets only the venv, the app and the shared libraries the compiled
 * extensions link against (derived from the -dev packages the original installed).
 */
final class PythonTemplate implements Template {

    private static final String VENV = "/opt/venv";

    @Override
    public boolean matches(TemplateInput input) {
        return input.isFor(PythonStack.LANGUAGE);
    }

    @Override
    public TemplateOutcome render(TemplateInput input) {
        if (input.contract().commandWords().isEmpty()) {
            return new Refused("no CMD or ENTRYPOINT: the runtime command is not known");
        }
        List<String> apt = input.aptPackages();
        List<String> requirements = PythonNativeLibraries.requirementNames(input.read("requirements.txt")
                .map(t -> List.of(t.split("\n"))).orElse(List.of()));
        RuntimeLibraries libraries = RuntimeLibraries.bundled();
        StackNeeds needs = StackNeeds.NONE;
        if (apt.stream().anyMatch(libraries::isBuildTool) && input.options().family() != BaseImageChoice.Family.ALPINE) {
            // asked for alpine, the build stage is alpine too and compiles against musl
            needs = needs.withGlibc("C extensions are compiled in the build stage");
        }
        if (input.contract().commandNeedsShell()) {
            needs = needs.withShell("the command uses shell features");
        }
        Optional<String> celeryApp = celeryApp(input.contract().commandWords());
        if (celeryApp.isPresent() && !input.options().noHealthcheck() && input.options().healthCmd().isEmpty()) {
            needs = needs.withShell("the Celery health check names this worker via $HOSTNAME");
        }
        TemplateInput.RuntimeBase base = input.runtimeBase(needs);
        BaseImage runtime = base.image();
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(base.why()));
        if (runtime.family() == ImageFamily.DISTROLESS) {
            // a venv points at the interpreter path of the image it was made in; distroless python lives elsewhere
            runtime = input.catalog().lookup(slimOf(input)).map(m -> m.image()).orElse(runtime);
            changes.add(new Change("distroless python not used: a venv needs the interpreter of the image it was built"
                    + " in; " + runtime.reference() + " instead"));
        }
        boolean alpine = runtime.family() == ImageFamily.ALPINE;
        String workdir = input.workdir("/app");
        int uid = input.options().uid().orElse(1001);
        String user = input.options().user().orElse("appuser");

        GeneratedDockerfile out = new GeneratedDockerfile();
        GeneratedStage build = out.stage(input.buildImageFor(runtime), "build")
                .add(buildPackages(input, apt, alpine, libraries))
                .add(new Workdir(workdir))
                .add(Run.of("python -m venv " + VENV))
                .add(Env.of("PATH=\"" + VENV + "/bin:$PATH\""));
        Installs installs = installs(input);
        // files at the context root in one COPY; nested ones (requirements/base.txt) keep their directory
        List<String> rootManifests = installs.manifests().stream().filter(f -> !f.contains("/")).toList();
        if (!rootManifests.isEmpty()) {
            build.add(Copy.context(rootManifests, "./"));
        }
        installs.manifests().stream().filter(f -> f.contains("/")).forEach(f -> build.add(Copy.context(List.of(f), "./" + f)));
        // one COPY each: several directory sources in one COPY would be merged into ./
        installs.localPaths().forEach(path -> build.add(Copy.context(List.of(path), "./" + path)));
        build.addAll(installs.beforeSources());
        if (!installs.afterSources().isEmpty()) {
            build.add(Copy.context(List.of("."), ".")).addAll(installs.afterSources());
        }

        GeneratedStage run = out.stage(TemplateInput.reference(runtime))
                .addAll(RuntimeContract.carried(input.contract().labels()))
                .addAll(RuntimeContract.carried(input.contract().args()));
        Set<String> runtimeLibs = new LinkedHashSet<>(alpine ? libraries.alpineRuntime(apt) : libraries.debianRuntime(apt));
        runtimeLibs.addAll(alpine ? PythonNativeLibraries.alpine(requirements) : PythonNativeLibraries.debian(requirements));
        List<String> runs = RuntimePackages.of(input, false);
        if (!runs.isEmpty() || !runtimeLibs.isEmpty()) {
            List<String> packages = new ArrayList<>(runs);
            runtimeLibs.stream().filter(l -> !packages.contains(l)).forEach(packages::add);
            run.add(Run.of(runtime.packageManager().installCommands(packages)));
        }
        if (!runs.isEmpty()) {
            changes.add(new Change("runtime keeps " + String.join(", ", runs) + ": the command runs it"));
        }
        if (!runtimeLibs.isEmpty()) {
            changes.add(new Change("runtime keeps only the shared libraries the extensions need: " + String.join(", ", runtimeLibs)));
        }
        // an entrypoint that drops privileges itself (gosu after chown) must start as root, as its users exist
        Optional<String> dropper = RuntimePackages.privilegeDropper(input);
        if (dropper.isPresent()) {
            run.addAll(userCreation(input));
            changes.add(new Change("start user stays root (uid 0 kept): the entrypoint drops privileges itself with "
                    + dropper.get() + " after preparing its files"));
        } else {
            run.add(NonRootUser.create(runtime, user, uid, true));
        }
        // work run on the sources in the build (setup.py install, collectstatic) leaves its results in the workdir
        Copy app = installs.sourcesBuilt() ? Copy.fromStage("build", workdir, workdir) : Copy.context(List.of("."), ".");
        run.add(new Workdir(workdir))
                .add(Copy.fromStage("build", VENV, VENV))
                .add(Env.of("PATH=\"" + VENV + "/bin:$PATH\"", "PYTHONDONTWRITEBYTECODE=1", "PYTHONUNBUFFERED=1"))
                .addAll(RuntimeContract.carried(input.contract().env()))
                .add(dropper.isPresent() ? app : app.ownedBy(uid + ":" + uid));
        HealthcheckWriter.Decision health = healthcheck(input, celeryApp);
        if (health.healthcheck().isPresent() || input.options().noHealthcheckBecause().isPresent()) {
            changes.add(health.change());
        }
        // an explicit USER root says the start user is chosen (and keeps the non-root recipe from adding one)
        input.contract().closeRuntimeStage(run, dropper.isPresent() ? new GeneratedInstruction.User("root")
                        : GeneratedInstruction.User.numeric(uid), health.healthcheck(),
                input.contract().commandInstructions());

        changes.add(0, new Change("Multi-stage build separates compilation from runtime"));
        List<String> buildOnly = apt.stream().filter(libraries::isBuildTool).filter(p -> !runs.contains(p)).toList();
        if (!buildOnly.isEmpty()) {
            changes.add(1, new Change("Build tools (" + String.join(", ", buildOnly) + ") only in build stage"));
        }
        changes.add(new Change("pip --no-cache-dir eliminates the cached wheels"));
        changes.add(new Change("virtualenv " + VENV + " copied alone into " + runtime.reference()
                + " (Python " + runtime.runtimeVersion() + " kept)"));
        if (dropper.isEmpty()) {
            changes.add(new Change("Non-root user '" + user + "' (uid " + uid + ") owns the app files"));
        }
        return new Rewritten(new TemplateResult(out.print(), changes, List.of()));
    }

    private static String slimOf(TemplateInput input) {
        String base = input.baseImage();
        return base.contains("-slim") ? base : base + "-slim";
    }

    /** The original's OS package install, kept in the build stage (with the size flags), or its Alpine analogue. */
    private static Optional<Run> buildPackages(TemplateInput input, List<String> apt, boolean alpine, RuntimeLibraries libraries) {
        if (apt.isEmpty()) {
            return Optional.empty();
        }
        if (alpine) {
            List<String> packages = new ArrayList<>(List.of("build-base"));
            packages.addAll(libraries.alpineDev(apt));
            return Optional.of(Run.of(PackageManager.APK.installCommands(packages)));
        }
        return Optional.of(Run.of(PackageManager.APT.installCommands(apt)));
    }

    /** The original's RUN instructions that only create users and groups, carried as written. */
    private static List<GeneratedInstruction> userCreation(TemplateInput input) {
        Set<String> creators = Set.of("useradd", "groupadd", "adduser", "addgroup");
        return input.stage().instructionsOf(Instruction.Run.class).stream()
                .filter(r -> {
                    List<ShellCommand> commands = ShellAnalysis.of(r).commands();
                    return !commands.isEmpty() && commands.stream().allMatch(c -> creators.contains(c.program()));
                })
                .<GeneratedInstruction>map(r -> new GeneratedInstruction.Carried(r.text())).toList();
    }

    /** @param sourcesBuilt whether other work than pip runs on the sources in the build stage */
    private record Installs(List<String> manifests, List<String> localPaths, List<GeneratedInstruction> beforeSources,
                            List<GeneratedInstruction> afterSources, boolean sourcesBuilt) {
    }

    /**
     * The original's pip installs, in order, with --no-cache-dir: those reading only requirement files run before
     * the sources are copied (cached layer), the first one needing sources and everything after it run after.
     */
    private static Installs installs(TemplateInput input) {
        List<String> manifests = new ArrayList<>();
        List<String> localPaths = new ArrayList<>();
        List<GeneratedInstruction> before = new ArrayList<>();
        List<GeneratedInstruction> after = new ArrayList<>();
        boolean sourcesBuilt = false;
        for (Instruction.Run run : input.stage().instructionsOf(Instruction.Run.class)) {
            ShellAnalysis shell = ShellAnalysis.of(run);
            for (PipCommand pip : shell.tools(PipCommand.class)) {
                if (Set.of("wheel", "download").contains(pip.action())) {
                    // builds wheels a later install finds (--find-links ./wheels): runs on the sources, in order
                    after.add(new Run(ShellWords.join(pip.source().effectiveArgv())));
                    continue;
                }
                if (!pip.isInstall()) {
                    continue;
                }
                Run command = new Run(withNoCacheDir(pip.source().effectiveArgv()));
                boolean onlyIndex = pip.packages().stream().noneMatch(PythonTemplate::isLocalPath);
                // what the requirement files (and --find-links) name is copied with them, or the install waits for the sources
                RequirementFiles named = RequirementFiles.read(input, pip.requirementFiles());
                List<String> findLinks = findLinks(pip.source().effectiveArgv());
                // a path the context lacks is made by an earlier step of the build: the install waits for it
                boolean generated = input.context().isPresent() && java.util.stream.Stream.concat(named.paths().stream(),
                        findLinks.stream()).anyMatch(p -> !input.has(p));
                if (after.isEmpty() && onlyIndex && !named.needsSources() && !findLinks.contains(".") && !generated) {
                    named.files().stream().filter(f -> !manifests.contains(f)).forEach(manifests::add);
                    java.util.stream.Stream.concat(named.paths().stream(), findLinks.stream())
                            .filter(f -> !localPaths.contains(f)).forEach(localPaths::add);
                    before.add(command);
                } else {
                    after.add(command);
                }
            }
            boolean otherWork = shell.commands().stream().anyMatch(PythonTemplate::isOtherWork)
                    && shell.tools(AptCommand.class).isEmpty();
            if (otherWork) {
                after.add(new GeneratedInstruction.Carried(run.text()));
                sourcesBuilt = true;
            }
        }
        if (manifests.isEmpty() && before.isEmpty() && after.isEmpty()) {
            RequirementFiles named = RequirementFiles.read(input, List.of("requirements.txt"));
            if (input.has("requirements.txt") && named.needsSources()) {
                after.add(Run.of("pip install --no-cache-dir -r requirements.txt"));
            } else if (input.has("requirements.txt")) {
                manifests.addAll(named.files());
                localPaths.addAll(named.paths());
                before.add(Run.of("pip install --no-cache-dir -r requirements.txt"));
            } else if (input.has("pyproject.toml")) {
                after.add(Run.of("pip install --no-cache-dir ."));
            } else if (input.has("Pipfile")) {
                manifests.addAll(input.has("Pipfile.lock") ? List.of("Pipfile", "Pipfile.lock") : List.of("Pipfile"));
                // pipenv itself is installed with the image's python, outside the venv that is shipped
                before.add(Run.of("/usr/local/bin/python -m pip install --no-cache-dir pipenv",
                        "/usr/local/bin/python -m pipenv requirements > /tmp/requirements.txt",
                        "pip install --no-cache-dir -r /tmp/requirements.txt"));
            }
        }
        return new Installs(manifests, localPaths, before, after, sourcesBuilt);
    }

    /**
     * Whether a command of the original's RUN does project work the template does not redo itself: anything but pip,
     * venv creation, apt, users and directories ({@code python setup.py install}, {@code python manage.py collectstatic}).
     */
    private static boolean isOtherWork(ShellCommand command) {
        List<String> argv = command.effectiveArgv();
        String program = command.program();
        if (program.equals("python") || program.equals("python3")) {
            return !(argv.size() > 2 && argv.get(1).equals("-m") && Set.of("pip", "venv").contains(argv.get(2)));
        }
        return !program.isEmpty() && !Set.of("pip", "pip3", "apt-get", "apt", "rm", "useradd", "groupadd",
                "adduser", "addgroup", "mkdir", "chown").contains(program);
    }

    /** Local directories given to {@code -f/--find-links} on the pip command line ({@code .} for the context root). */
    private static List<String> findLinks(List<String> argv) {
        List<String> dirs = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String word = argv.get(i);
            String value = (word.equals("-f") || word.equals("--find-links")) && i + 1 < argv.size() ? argv.get(i + 1)
                    : word.startsWith("--find-links=") ? word.substring("--find-links=".length()) : null;
            if (value != null && (value.startsWith("./") || value.equals("."))) {
                String dir = value.replaceFirst("^\\./", "").replaceFirst("/+$", "");
                dirs.add(dir.isEmpty() ? "." : dir);
            }
        }
        return dirs;
    }

    private static boolean isLocalPath(String operand) {
        return operand.startsWith(".") || operand.startsWith("/") || operand.startsWith("file:");
    }

    private static String withNoCacheDir(List<String> argv) {
        List<String> words = new ArrayList<>(argv);
        if (!words.contains("--no-cache-dir")) {
            words.add(words.indexOf("install") + 1, "--no-cache-dir");
        }
        return ShellWords.join(words);
    }

    private static Optional<String> celeryApp(List<String> words) {
        int celery = words.indexOf("celery");
        if (celery < 0 || !words.contains("worker")) {
            return Optional.empty();
        }
        for (int i = celery + 1; i < words.size(); i++) {
            String word = words.get(i);
            if ((word.equals("-A") || word.equals("--app")) && i + 1 < words.size()) {
                return Optional.of(words.get(i + 1));
            }
            if (word.startsWith("--app=")) {
                return Optional.of(word.substring("--app=".length()));
            }
        }
        return Optional.empty();
    }

    private static HealthcheckWriter.Decision healthcheck(TemplateInput input, Optional<String> celeryApp) {
        OptimizeOptions options = input.options();
        Optional<HealthcheckWriter.Decision> chosen = HealthcheckWriter.userChoice(options, "no HEALTHCHECK (--no-healthcheck)",
                "HEALTHCHECK runs the --health-cmd given");
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (celeryApp.isPresent()) {
            return HealthcheckWriter.Decision.of(PythonStack.celeryPing(celeryApp.get()),
                    "HEALTHCHECK pings the Celery worker (celery inspect ping)");
        }
        Optional<Integer> port = HealthcheckWriter.port(input.contract().ports());
        if (port.isEmpty()) {
            return HealthcheckWriter.Decision.none("no HEALTHCHECK: no EXPOSEd port to probe");
        }
        String path = options.healthPath().or(() -> RouteScanner.healthRoute(input.context())).orElse("/");
        return HealthcheckWriter.Decision.of(PythonStack.httpWithPython("python", port.get(), path),
                "HEALTHCHECK probes the app with Python's urllib (no curl in the image)");
    }
}
