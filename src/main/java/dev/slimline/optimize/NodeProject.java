package dev.slimline.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a Node template needs from package.json, the lock files and tsconfig.json. */
record NodeProject(String manager, List<String> manifests, Optional<JsonNode> packageJson, boolean nativeModules,
                   Optional<String> outDir, boolean next) {

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
                || j.path("dependencies").has("sqlite3")).orElse(false);
        Optional<String> outDir = input.read("tsconfig.json").map(t -> {
            Matcher m = OUT_DIR.matcher(t);
            return m.find() ? m.group(1) : "dist";
        });
        boolean next = json.map(j -> j.path("dependencies").has("next")).orElse(false);
        return new NodeProject(manager, List.copyOf(manifests), json, nativeModules, outDir, next);
    }

    private static Optional<JsonNode> parse(String text) {
        try {
            return Optional.of(new ObjectMapper().readTree(text));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    Optional<String> script(String name) {
        return packageJson.map(j -> j.path("scripts").path(name)).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    String cleanInstall(boolean production) {
        return switch (manager) {
            case "yarn" -> "yarn install --frozen-lockfile" + (production ? " --production" : "") + " && yarn cache clean";
            case "pnpm" -> "corepack enable && pnpm install --frozen-lockfile" + (production ? " --prod" : "") + " && pnpm store prune";
            default -> (manifests.contains("package-lock.json") || manifests.contains("npm-shrinkwrap.json")
                    ? "npm ci" : "npm install") + (production ? " --omit=dev" : "") + " && npm cache clean --force";
        };
    }
}
