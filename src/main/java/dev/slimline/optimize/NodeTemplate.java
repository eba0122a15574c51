package dev.slimline.optimize;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.AptCommand;
import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.knowledge.ImageFamily;
import dev.slimline.knowledge.StackNeeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Node (npm/yarn/pnpm, TypeScript, Next.js): a deps stage installs from the lock file, a build stage runs the
 * original's build commands, a prod-deps stage installs production dependencies only, and the runtime stage gets
 * those and the build output. Next.js runs from its standalone output ({@code .next/standalone}, {@code .next/static},
 * {@code public}).
 */
final class NodeTemplate implements Template {

    @Override
    public boolean matches(TemplateInput input) {
        return input.has("package.json") && (input.facts().language().filter("node"::equals).isPresent()
                || input.catalog().lookup(input.baseImage()).map(m -> m.image().runtime().equals("node")).orElse(false));
    }

    @Override
    public TemplateOutcome render(TemplateInput input) {
        NodeProject project = NodeProject.of(input);
        List<String> buildRuns = buildRuns(input);
        List<FileEdit> fileEdits = List.of();
        if (project.next()) {
            Optional<List<FileEdit>> edit = NextConfigEdit.standalone(input);
            if (edit.isEmpty()) {
                return new Refused("next.config sets another output mode or cannot be edited safely; standalone not enabled");
            }
            fileEdits = edit.get();
            if (buildRuns.isEmpty()) {
                buildRuns = List.of("RUN " + run(project, "build"));
            }
        }
        List<String> command = input.contract().commandWords();
        if (command.isEmpty() && !project.next()) {
            return new Refused("no CMD or ENTRYPOINT: the runtime command is not known");
        }
        StackNeeds needs = StackNeeds.NONE;
        if (project.nativeModules()) {
            needs = needs.withGlibc("native modules are compiled against glibc");
        }
        if (input.contract().commandNeedsShell()) {
            needs = needs.withShell("the command uses shell features");
        }
        BaseImage runtime = input.runtimeBase(needs);
        boolean distroless = runtime.family() == ImageFamily.DISTROLESS;
        String build = input.buildImageFor(runtime);
        String workdir = input.workdir(project.next() ? "/app" : "/usr/src/app");
        int uid = input.options().uid().orElse(distroless ? 65532 : 1000);
        String owner = uid + ":" + uid;
        List<Change> changes = new ArrayList<>();
        List<String> toolPackages = input.aptPackages();

        DockerfileText out = new DockerfileText();
        out.stage(build + " AS deps");
        if (project.nativeModules() && !toolPackages.isEmpty() && runtime.family() != ImageFamily.ALPINE) {
            out.line("RUN apt-get update && apt-get install -y --no-install-recommends " + String.join(" ", toolPackages)
                    + " && rm -rf /var/lib/apt/lists/*");
        }
        out.line("WORKDIR " + workdir);
        out.line("COPY " + String.join(" ", project.manifests()) + " ./");
        out.line("RUN " + project.cleanInstall(false));
        boolean builds = !buildRuns.isEmpty();
        if (builds) {
            out.stage("deps AS build");
            out.lines(input.contract().args());
            out.lines(input.contract().env().stream().filter(e -> !e.contains("NODE_ENV")).toList());
            out.line("COPY . .");
            out.lines(buildRuns);
        }
        if (!project.next()) {
            out.stage(build + " AS prod-deps");
            out.line("WORKDIR " + workdir);
            out.line("COPY " + String.join(" ", project.manifests()) + " ./");
            out.line("RUN " + project.cleanInstall(true));
        }

        out.stage(TemplateInput.reference(runtime));
        out.lines(input.contract().labels());
        out.lines(input.contract().args());
        out.line("WORKDIR " + workdir);
        out.line("ENV NODE_ENV=production");
        out.lines(input.contract().env().stream().filter(e -> !e.matches("ENV\\s+NODE_ENV[= ]production\\s*")).toList());
        List<String> runtimeCommand;
        if (project.next()) {
            out.line("ENV HOSTNAME=0.0.0.0");
            if (input.has("public")) {
                out.line("COPY --from=build --chown=" + owner + " " + workdir + "/public ./public");
            }
            out.line("COPY --from=build --chown=" + owner + " " + workdir + "/.next/standalone ./");
            out.line("COPY --from=build --chown=" + owner + " " + workdir + "/.next/static ./.next/static");
            runtimeCommand = List.of("node", "server.js");
            changes.add(new Change("Next.js standalone output: only .next/standalone, .next/static and public are copied"));
            if (!fileEdits.isEmpty()) {
                changes.add(new Change("next.config: output: 'standalone' added (written with --write)"));
            }
        } else {
            out.line("COPY --from=prod-deps --chown=" + owner + " " + workdir + "/node_modules ./node_modules");
            if (builds && project.outDir().isPresent()) {
                out.line("COPY --chown=" + owner + " " + String.join(" ", project.manifests().subList(0, 1)) + " ./");
                out.line("COPY --from=build --chown=" + owner + " " + workdir + "/" + project.outDir().get() + " ./"
                        + project.outDir().get());
                changes.add(new Change("runtime gets the compiled " + project.outDir().get() + "/ and production dependencies only"));
            } else if (builds) {
                out.line("COPY --from=build --chown=" + owner + " " + workdir + " ./");
                out.line("RUN rm -rf node_modules");
            } else {
                out.line("COPY --chown=" + owner + " . .");
            }
            runtimeCommand = resolveStart(project, command);
            changes.add(new Change("Dev dependencies left out (" + project.cleanInstall(true).split(" && ")[0] + ")"));
        }
        out.lines(input.contract().volumes());
        out.lines(input.contract().exposeLines());
        input.contract().stopSignal().ifPresent(out::line);
        out.line("USER " + owner);
        healthcheck(input, distroless, project).ifPresent(h -> {
            out.line(h);
            changes.add(new Change("HEALTHCHECK with node itself (no curl needed)"));
        });
        String node = distroless ? null : "node";
        if (distroless && runtimeCommand.size() > 1 && runtimeCommand.get(0).equals("node")) {
            out.line("CMD " + HealthProbe.json(runtimeCommand.subList(1, runtimeCommand.size())));
        } else if (runtimeCommand.equals(command) || node == null) {
            out.lines(input.contract().commandLines());
        } else {
            out.line("CMD " + HealthProbe.json(runtimeCommand));
            changes.add(new Change("CMD runs node directly (" + String.join(" ", command) + " -> "
                    + String.join(" ", runtimeCommand) + "): signals reach the app"));
        }

        changes.add(0, new Change("Multi-stage build: install and build in " + build + ", run on " + TemplateInput.reference(runtime)));
        if (toolPackages.stream().anyMatch(RuntimeLibraries.bundled()::isBuildTool)) {
            changes.add(1, new Change("Build tools (" + String.join(", ", toolPackages) + ") not in the final image"));
        }
        changes.add(new Change("clean install from the lock file, caches cleaned in the same RUN"));
        changes.add(new Change("Non-root user uid " + uid + (uid == 1000 ? " ('node' of the node images)" : "")));
        return new Rewritten(new TemplateResult(out.toString(), changes, fileEdits));
    }

    /** The original's RUNs that build the app (not package installs, not OS packages). */
    private static List<String> buildRuns(TemplateInput input) {
        List<String> runs = new ArrayList<>();
        for (Instruction.Run run : input.stage().instructionsOf(Instruction.Run.class)) {
            ShellAnalysis shell = ShellAnalysis.of(run);
            boolean install = shell.tools(NodePackageCommand.class).stream().anyMatch(n -> n.installsProject() || n.cleansCache());
            if (!install && shell.tools(AptCommand.class).isEmpty() && !shell.commands().isEmpty()) {
                runs.add(run.text());
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

    private static Optional<String> healthcheck(TemplateInput input, boolean distroless, NodeProject project) {
        OptimizeOptions options = input.options();
        if (options.noHealthcheck()) {
            return Optional.empty();
        }
        if (options.healthCmd().isPresent()) {
            return Optional.of(HealthProbe.userCommand(options.healthCmd().get()));
        }
        Optional<Integer> port = HealthProbe.port(input.contract().ports());
        if (port.isEmpty()) {
            return Optional.empty();
        }
        String path = options.healthPath()
                .or(() -> project.next() ? Optional.of("/") : RouteScanner.healthRoute(input.context()))
                .orElse("/");
        return Optional.of(HealthProbe.httpWithNode(distroless ? "/nodejs/bin/node" : "node", port.get(), path));
    }
}
