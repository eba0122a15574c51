package dev.slimline.optimize;

import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.dockerfile.shell.NodePackageRecognizer;
import dev.slimline.dockerfile.shell.ShellAnalysis;
import dev.slimline.dockerfile.shell.ShellCommand;
import dev.slimline.knowledge.BaseImage;
import dev.slimline.optimize.GeneratedInstruction.Healthcheck;
import dev.slimline.project.AppPackageManager;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Node.js: npm, yarn or pnpm; Next.js and Express recognised; TypeScript builds. */
public final class NodeStack implements Stack {

    static final Language LANGUAGE = new Language("node");
    static final AppPackageManager NPM = new AppPackageManager("npm");
    static final AppPackageManager YARN = new AppPackageManager("yarn");
    static final AppPackageManager PNPM = new AppPackageManager("pnpm");

    private static final NodeTemplate TEMPLATE = new NodeTemplate();

    @Override
    public Language language() {
        return LANGUAGE;
    }

    @Override
    public Optional<ProjectFacts> detect(ProjectFactsDetector files, boolean typescript) {
        if (!files.present("package.json")) {
            return Optional.empty();
        }
        String manifest = files.read("package.json");
        String framework = files.anyPresent("next.config.js", "next.config.mjs", "next.config.ts")
                || manifest.contains("\"next\"") ? "nextjs"
                : manifest.contains("\"express\"") ? "express" : null;
        return Optional.of(files.facts(LANGUAGE, framework, packageManager(files), typescript));
    }

    /** pnpm or yarn when their lock file is present, else npm (static web builds read the same files). */
    static AppPackageManager packageManager(ProjectFactsDetector files) {
        return files.present("pnpm-lock.yaml") ? PNPM : files.present("yarn.lock") ? YARN : NPM;
    }

    @Override
    public List<String> manifestNames() {
        return List.of("package.json");
    }

    @Override
    public Set<String> runtimeImages() {
        return Set.of("node");
    }

    @Override
    public List<String> dependencyManifests() {
        return List.of("package.json", "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", ".npmrc");
    }

    @Override
    public List<String> ignoreEntries() {
        return List.of("node_modules", "**/node_modules", "npm-debug.log*", "yarn-error.log*", ".npm", ".next", "dist",
                "build", "out", ".turbo", "__tests__", "**/*.test.*", "**/*.spec.*");
    }

    /** distroless node images carry node at /nodejs/bin/node and no shell or PATH lookup to find it. */
    @Override
    public Optional<Healthcheck> runtimeProbe(BaseImage runtime, int port, String path) {
        return Optional.of(httpWithNode(runtime.shell() ? "node" : "/nodejs/bin/node", port, path));
    }

    /** An HTTP probe with node's own http module (slim and distroless node images have no curl). */
    static Healthcheck httpWithNode(String node, int port, String path) {
        String script = "require('http').get('http://127.0.0.1:" + port + path
                + "',r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))";
        return Healthcheck.exec(List.of(node, "-e", script));
    }

    /** The node images carry the user node, uid 1000 (distroless ones only nonroot, 65532). */
    @Override
    public OptionalInt imageUser(BaseImage runtime) {
        return runtime.shell() ? OptionalInt.of(1000) : OptionalInt.empty();
    }

    @Override
    public Set<String> installPrograms() {
        return Set.of("npm", "yarn", "pnpm");
    }

    @Override
    public boolean installsNamedPackages(ShellCommand command) {
        return new NodePackageRecognizer().recognize(command).filter(NodePackageCommand.class::isInstance)
                .map(NodePackageCommand.class::cast).filter(NodePackageCommand::installsPackages).isPresent();
    }

    /** All of package.json and its lock files, unless an install script (node-gyp and the like) reads the sources. */
    @Override
    public Optional<List<String>> manifestsInstalled(ShellAnalysis shell, RecipeContext context) {
        if (shell.tools(NodePackageCommand.class).stream().noneMatch(NodePackageCommand::installsProject)) {
            return Optional.of(List.of());
        }
        if (installReadsSources(context)) {
            return Optional.empty();
        }
        return Optional.of(dependencyManifests().stream().filter(context::contextHas).toList());
    }

    private static boolean installReadsSources(RecipeContext context) {
        try {
            return context.buildContext().isPresent() && context.contextHas("package.json")
                    && NodeProject.installReadsSources(Files.readString(context.buildContext().get().resolve("package.json")));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public List<Recipe> recipes() {
        return List.of(new LockfileInstallRecipe());
    }

    @Override
    public List<String> sourceSuffixes() {
        return List.of(".js", ".ts", ".mjs", ".cjs");
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
