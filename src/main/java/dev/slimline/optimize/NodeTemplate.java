package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.ImageFamily;
import dev.slimline.knowledge.PackageManager;
import dev.slimline.optimize.GeneratedInstruction.Copy;
import dev.slimline.optimize.GeneratedInstruction.Env;
import dev.slimline.optimize.GeneratedInstruction.Run;
import dev.slimline.optimize.GeneratedInstruction.Workdir;
import dev.slimline.knowledge.StackNeeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Node (npm/yarn/pnpm, TypeScript, Next.js): a deps stage installs from the lock file, a build stage runs the
 * original's build commands, a prod-deps stage installs production dependencies only, and the runtime stage gets
 * those and the build output. Next.js runs from its standalone output ({@code .next/standalone}, {@code .next/static},
 * {@code public}).
 */
final class NodeTemplate implements Template {

    private static final Pattern INSTALL_CONFIG = Pattern.compile("^ENV\\s+(?i:npm_config_|yarn_)");
    private static final List<String> PACKAGE_MANAGERS = List.of("npm", "yarn", "pnpm", "npx");

    @Override
    public boolean matches(TemplateInput input) {
        return input.has("package.json") && input.isFor(NodeStack.LANGUAGE);
    }

    @Override
    public TemplateOutcome render(TemplateInput input) {
        NodeProject project = NodeProject.of(input);
        List<GeneratedInstruction> buildRuns = buildRuns(input, project.manager());
        List<FileEdit> fileEdits = List.of();
        if (project.next()) {
            Optional<List<FileEdit>> edit = NextConfigEdit.standalone(input);
            if (edit.isEmpty()) {
                return new Refused("next.config sets another output mode or cannot be edited safely; standalone not enabled");
            }
            fileEdits = edit.get();
            if (buildRuns.isEmpty()) {
                buildRuns = List.of(Run.of(run(project, "build")));
            }
        }
        List<String> command = input.contract().commandWords();
        if (command.isEmpty() && !project.next()) {
            return new Refused("no CMD or ENTRYPOINT: the runtime command is not known");
        }
        List<String> resolved = project.next() ? List.of() : resolveStart(project, command);
        boolean runsScript = !resolved.isEmpty() && PACKAGE_MANAGERS.contains(resolved.get(0));
        StackNeeds needs = StackNeeds.NONE;
        if (runsScript) {
            needs = needs.withShell(resolved.get(0) + " runs the package.json script (distroless has no npm)");
        }
        if (project.nativeModules()) {
            needs = needs.withGlibc("native modules are compiled against glibc");
        }
        if (input.contract().commandNeedsShell()) {
            needs = needs.withShell("the command uses shell features");
        }
        List<String> runs = RuntimePackages.of(input, false);
        if (!runs.isEmpty()) {
            needs = needs.withPackageManager(String.join(", ", runs) + " is run by the command");
        }
        TemplateInput.RuntimeBase base = input.runtimeBase(needs);
        BaseImage runtime = base.image();
        boolean distroless = runtime.family() == ImageFamily.DISTROLESS;
        String build = input.buildImageFor(runtime);
        String workdir = input.workdir(project.next() ? "/app" : "/usr/src/app");
        int uid = input.options().uid().orElse(distroless ? 65532 : 1000);
        String owner = uid + ":" + uid;
        List<Change> changes = new ArrayList<>();
        changes.add(new Change(base.why()));
        List<String> toolPackages = input.aptPackages();

        GeneratedDockerfile out = new GeneratedDockerfile();
        boolean builds = !buildRuns.isEmpty();
        Optional<Run> toolchain = nativeToolchain(project, toolPackages, runtime);
        if (builds) {
            installStage(out, build, "deps", project, toolchain, workdir, false, input.contract());
            out.stage("deps", "build")
                    .addAll(RuntimeContract.carried(input.contract().args()))
                    .addAll(RuntimeContract.carried(input.contract().env().stream().filter(e -> !e.contains("NODE_ENV")).toList()))
                    .add(Copy.context(List.of("."), "."))
                    .addAll(buildRuns)
                    // the runtime copies this whole stage when the output directory is unknown: never its dev modules
                    .add(project.outDir().isEmpty() && !project.next() ? Optional.of(Run.of("rm -rf node_modules"))
                            : Optional.empty());
        }
        boolean prodDeps = !project.next() && project.hasDependencies();
        if (prodDeps) {
            installStage(out, build, "prod-deps", project, toolchain, workdir, true, input.contract());
        }

        GeneratedStage run = out.stage(TemplateInput.reference(runtime))
                .addAll(RuntimeContract.carried(input.contract().labels()))
                .addAll(RuntimeContract.carried(input.contract().args()))
                .add(runs.isEmpty() ? Optional.empty() : Optional.of(Run.of(runtime.packageManager().installCommands(runs))))
                // scripts' pre-steps (prestart) write next to package.json: the directory must be the user's, not root's
                .add(runsScript && runtime.shell() ? Optional.of(Run.of("mkdir -p " + workdir + " && chown " + owner + " " + workdir))
                        : Optional.empty())
                .add(new Workdir(workdir))
                .add(Env.of("NODE_ENV=production"))
                .addAll(RuntimeContract.carried(input.contract().env().stream()
                        .filter(e -> !e.matches("ENV\\s+NODE_ENV[= ]production\\s*")).toList()));
        List<String> runtimeCommand;
        if (project.next()) {
            run.add(Env.of("HOSTNAME=0.0.0.0"));
            if (input.has("public")) {
                run.add(Copy.fromStage("build", workdir + "/public", "./public").ownedBy(owner));
            }
            run.add(Copy.fromStage("build", workdir + "/.next/standalone", "./").ownedBy(owner))
                    .add(Copy.fromStage("build", workdir + "/.next/static", "./.next/static").ownedBy(owner));
            runtimeCommand = List.of("node", "server.js");
            changes.add(new Change("Next.js standalone output: only .next/standalone, .next/static and public are copied"));
            if (!fileEdits.isEmpty()) {
                changes.add(new Change("next.config: output: 'standalone' added (written with --write)"));
            }
        } else {
            boolean builtInPlace = prodDeps && !builds && project.installReadsSources();
            if (builtInPlace) {
                // the install script compiled into the project (build/Release): take the installed project whole
                run.add(Copy.fromStage("prod-deps", workdir, "./").ownedBy(owner));
            } else if (prodDeps && !(builds && project.outDir().isEmpty())) {
                run.add(Copy.fromStage("prod-deps", workdir + "/node_modules", "./node_modules").ownedBy(owner));
            }
            if (builds && project.outDir().isPresent()) {
                run.add(Copy.context(project.manifests().subList(0, 1), "./").ownedBy(owner))
                        .add(Copy.fromStage("build", workdir + "/" + project.outDir().get(), "./" + project.outDir().get())
                                .ownedBy(owner));
                changes.add(new Change("runtime gets the compiled " + project.outDir().get() + "/ and production dependencies only"));
            } else if (builds) {
                // the build stage's node_modules (dev dependencies) stayed there: see buildStage's last step
                run.add(Copy.fromStage("build", workdir, "./").ownedBy(owner));
                if (prodDeps) {
                    run.add(Copy.fromStage("prod-deps", workdir + "/node_modules", "./node_modules").ownedBy(owner));
                }
            } else if (!builtInPlace) {
                run.add(Copy.context(List.of("."), ".").ownedBy(owner));
            }
            runtimeCommand = resolved;
            changes.add(new Change(prodDeps ? "Dev dependencies left out (" + project.cleanInstall(true).split(" && ")[0] + ")"
                    : "no production dependencies: no node_modules in the final image"));
        }
        HealthcheckWriter.Decision health = healthcheck(input, distroless, project);
        if (health.healthcheck().isPresent() || input.options().noHealthcheckBecause().isPresent()) {
            changes.add(health.change());
        }
        List<GeneratedInstruction> commandSteps;
        if (distroless && runtimeCommand.size() > 1 && runtimeCommand.get(0).equals("node")) {
            // the distroless node image's ENTRYPOINT is node itself
            commandSteps = List.of(GeneratedInstruction.Command.cmd(runtimeCommand.subList(1, runtimeCommand.size())));
        } else if (runtimeCommand.equals(command) || distroless) {
            commandSteps = input.contract().commandInstructions();
        } else {
            commandSteps = List.of(GeneratedInstruction.Command.cmd(runtimeCommand));
            changes.add(new Change("CMD runs node directly (" + String.join(" ", command) + " -> "
                    + String.join(" ", runtimeCommand) + "): signals reach the app"));
        }
        input.contract().closeRuntimeStage(run, new GeneratedInstruction.User(owner), health.healthcheck(), commandSteps);

        changes.add(0, new Change("Multi-stage build: install and build in " + build + ", run on " + TemplateInput.reference(runtime)));
        List<String> buildOnly = toolPackages.stream().filter(RuntimeLibraries.bundled()::isBuildTool).toList();
        if (!buildOnly.isEmpty()) {
            changes.add(1, new Change("Build tools (" + String.join(", ", buildOnly) + ") not in the final image"));
        }
        if (!runs.isEmpty()) {
            changes.add(new Change("runtime keeps " + String.join(", ", runs) + ": the command runs it"));
        }
        changes.add(new Change("clean install from the lock file, caches cleaned in the same RUN"));
        changes.add(new Change("Non-root user uid " + uid + (uid == 1000 ? " ('node' of the node images)" : "")));
        return new Rewritten(new TemplateResult(out.print(), changes, fileEdits));
    }

    /** A stage that installs dependencies from the manifests alone (all of them, or production ones only). */
    private static void installStage(GeneratedDockerfile out, String from, String name, NodeProject project,
                                     Optional<Run> toolchain, String workdir, boolean production, RuntimeContract contract) {
        out.stage(from, name)
                .add(toolchain)
                .addAll(RuntimeContract.carried(contract.args()))
                // npm_config_nodedir and the like steer the install itself
                .addAll(RuntimeContract.carried(contract.env().stream().filter(e -> INSTALL_CONFIG.matcher(e).find()).toList()))
                .add(new Workdir(workdir))
                .add(project.installReadsSources() ? Copy.context(List.of("."), ".") : Copy.context(project.manifests(), "./"))
                .add(Run.of(project.cleanInstall(production)));
    }

    /** The original's OS packages (node-gyp's toolchain) where native modules are compiled, on glibc images. */
    private static Optional<Run> nativeToolchain(NodeProject project, List<String> packages, BaseImage runtime) {
        if (!project.nativeModules() || packages.isEmpty() || runtime.family() == ImageFamily.ALPINE) {
            return Optional.empty();
        }
        return Optional.of(Run.of(PackageManager.APT.installCommands(packages)));
    }

    /** The original's RUNs that build the app (not package installs, not OS packages). */
    private static List<GeneratedInstruction> buildRuns(TemplateInput input, String manager) {
        List<GeneratedInstruction> runs = new ArrayList<>();
        for (Instruction.Run run : input.stage().instructionsOf(Instruction.Run.class)) {
            ShellAnalysis shell = ShellAnalysis.of(run);
            boolean install = shell.tools(NodePackageCommand.class).stream().anyMatch(n -> n.installsProject() || n.cleansCache()
                    || NodeProject.installsManager(n, manager));
            if (!install && shell.tools(AptCommand.class).isEmpty() && !shell.commands().isEmpty()) {
                runs.add(new GeneratedInstruction.Carried(run.text()));
            }
        }
        return runs;
    }

    private static String run(NodeProject project, String script) {
        return project.manager().equals("npm") ? "npm run " + script : project.manager() + " run " + script;
    }

    /** {@code npm start} becomes the start script itself when that is a plain {@code node file} command. */
    private static List<String> resolveStart(NodeProject project, List<String> command) {
        boolean npmStart = command.size() == 2 && List.of("npm", "yarn", "pnpm").contains(command.get(0))
                && command.get(1).equals("start")
                || command.size() == 3 && command.get(0).equals("npm") && command.get(1).equals("run") && command.get(2).equals("start");
        Optional<String> start = project.script("start");
        if (npmStart && start.isPresent() && start.get().matches("node\\s+[\\w./-]+")) {
            return List.of(start.get().split("\\s+"));
        }
        return command;
    }

    private static HealthcheckWriter.Decision healthcheck(TemplateInput input, boolean distroless, NodeProject project) {
        OptimizeOptions options = input.options();
        Optional<HealthcheckWriter.Decision> chosen = HealthcheckWriter.userChoice(options, "no HEALTHCHECK (--no-healthcheck)",
                "HEALTHCHECK runs the --health-cmd given");
        if (chosen.isPresent()) {
            return chosen.get();
        }
        Optional<Integer> port = HealthcheckWriter.port(input.contract().ports());
        if (port.isEmpty()) {
            return HealthcheckWriter.Decision.none("no HEALTHCHECK: no EXPOSEd port to probe");
        }
        String path = options.healthPath()
                .or(() -> project.next() ? Optional.of("/") : RouteScanner.healthRoute(input.context()))
                .orElse("/");
        return HealthcheckWriter.Decision.of(NodeStack.httpWithNode(distroless ? "/nodejs/bin/node" : "node", port.get(), path),
                "HEALTHCHECK with node itself (no curl needed)");
    }
}
