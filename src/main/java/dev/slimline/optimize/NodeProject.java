package dev.slimline.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.slimline.dockerfile.Instruction;
import dev.slimline.dockerfile.shell.NodePackageCommand;
import dev.slimline.dockerfile.shell.ShellAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a Node template needs from package.json, the lock files and tsconfig.json. */
record NodeProject(String manager, List<String> manifests, Optional<JsonNode> packageJson, boolean nativeModules,
                   Optional<String> outDir, boolean next, Optional<String> managerInstall) {

    private static final Pattern OUT_DIR = Pattern.compile("\"outDir\"\\s*:\\s*\"\\.?/?([^\"]+?)/?\"");

    static NodeProject of(TemplateInput input) {
        List<String> manifests = new ArrayList<>(List.of("package.json"));
        String manager = "npm";
        for (String lock : List.of("package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml")) {
            if (input.has(lock)) {
                manifests.add(lock);
                manager = lock.startsWith("yarn") ? "yarn" : lock.startsWith("pnpm") ? "pnpm" : "npm";
            }
        }
        if (input.has(".npmrc")) {
            manifests.add(".npmrc");
        }
        Optional<JsonNode> json = input.read("package.json").flatMap(NodeProject::parse);
        // npm marks packages with install scripts (node-gyp builds) in the lock file
        boolean nativeModules = input.read("package-lock.json").map(t -> t.contains("\"hasInstallScript\": true")).orElse(false)
                || json.map(j -> j.path("dependencies").has("bcrypt") || j.path("dependencies").has("sharp")
                || j.path("dependencies").has("sqlite3") || installReadsSources(j)).orElse(false);
        Optional<String> outDir = input.read("tsconfig.json").map(t -> {
            Matcher m = OUT_DIR.matcher(t);
            return m.find() ? m.group(1) : "dist";
        });
        boolean next = json.map(j -> j.path("dependencies").has("next")).orElse(false);
        return new NodeProject(manager, List.copyOf(manifests), json, nativeModules, outDir, next, managerInstall(input, manager));
    }

    /** The original's own setup of yarn or pnpm ({@code npm install -g pnpm@8}): images need not carry corepack. */
    private static Optional<String> managerInstall(TemplateInput input, String manager) {
        return input.stage().instructionsOf(Instruction.Run.class).stream()
                .flatMap(r -> ShellAnalysis.of(r).tools(NodePackageCommand.class).stream())
                .filter(n -> installsManager(n, manager))
                .map(n -> String.join(" ", n.source().effectiveArgv()))
                .findFirst();
    }

    /** {@code npm install -g pnpm@8}, {@code npm i --global yarn}: a global install of the package manager itself. */
    static boolean installsManager(NodePackageCommand command, String manager) {
        List<String> argv = command.source().effectiveArgv();
        return command.tool().equals("npm") && command.installsPackages() && !manager.equals("npm")
                && (argv.contains("-g") || argv.contains("--global"))
                && command.operands().stream().anyMatch(o -> o.equals(manager) || o.startsWith(manager + "@"));
    }

    /**
     * The install reads more than the manifests: the project's own install scripts (node-gyp addons) build in place,
     * workspaces install the packages under it (npm and yarn workspaces link them into the root node_modules).
     */
    boolean installReadsSources() {
        return packageJson.map(NodeProject::installReadsSources).orElse(false);
    }

    /** {@link #installReadsSources()} of a package.json's text (false when it does not parse). */
    static boolean installReadsSources(String packageJson) {
        return parse(packageJson).map(NodeProject::installReadsSources).orElse(false);
    }

    private static boolean installReadsSources(JsonNode json) {
        return json.path("gypfile").asBoolean(false) || json.has("workspaces")
                || List.of("preinstall", "install", "postinstall").stream().anyMatch(s -> json.path("scripts").has(s));
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.of(new ObjectMapper().readTree(text));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** Whether package.json declares production dependencies (unknown counts as yes). */
    boolean hasDependencies() {
        return packageJson.map(j -> j.path("dependencies").size() > 0 || j.path("optionalDependencies").size() > 0
                        || j.has("workspaces"))
                .orElse(true);
    }

    Optional<String> script(String name) {
        return packageJson.map(j -> j.path("scripts").path(name)).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    String cleanInstall(boolean production) {
        return switch (manager) {
            case "yarn" -> managerInstall.map(m -> m + " && ").orElse("") + "yarn install --frozen-lockfile" + (production ? " --production" : "") + " && yarn cache clean";
            case "pnpm" -> managerInstall.orElse("corepack enable") + " && pnpm install --frozen-lockfile" + (production ? " --prod" : "") + " && pnpm store prune";
            default -> (manifests.contains("package-lock.json") || manifests.contains("npm-shrinkwrap.json")
                    ? "npm ci" : "npm install") + (production ? " --omit=dev" : "") + " && npm cache clean --force";
        };
    }
}
