package dev.slimline.optimize;

import dev.slimline.knowledge.BaseImage;
import dev.slimline.optimize.GeneratedInstruction.Healthcheck;
import dev.slimline.project.AppPackageManager;
import dev.slimline.project.Language;
import dev.slimline.project.ProjectFacts;
import dev.slimline.project.ProjectFactsDetector;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Node.js: npm, yarn or pnpm; Next.js and Express recognised; TypeScript builds. */
final class NodeStack implements Stack {

    private static final NodeTemplate TEMPLATE = new NodeTemplate();

    @Override
    public Language language() {
        return Language.NODE;
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
        AppPackageManager manager = files.present("pnpm-lock.yaml") ? AppPackageManager.PNPM
                : files.present("yarn.lock") ? AppPackageManager.YARN : AppPackageManager.NPM;
        return Optional.of(files.facts(Language.NODE, framework, manager, typescript));
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
        return Optional.of(HealthcheckWriter.httpWithNode(runtime.shell() ? "node" : "/nodejs/bin/node", port, path));
    }

    @Override
    public Template template() {
        return TEMPLATE;
    }
}
