package dev.slimline.optimize;

import dev.slimline.dockerfile.Dockerfile;
import dev.slimline.dockerfile.Instruction;
import dev.slimline.project.Language;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A .dockerignore for the optimized Dockerfile: VCS data, secrets, tests, docs, caches, local environments and
 * build outputs of the stack, merged after the lines of an existing file (none dropped), and never excluding a
 * path the Dockerfile copies by name.
 */
public final class DockerignoreGenerator {

    static final String MARKER = "# added by slimline optimize";

    // .slimline holds optimize's measured results: never part of the image it measured
    private static final List<String> COMMON = List.of(".git", ".gitignore", ".dockerignore", "Dockerfile*", ".slimline",
            "docker-compose*.yml", ".env", ".env.*", "**/.env", "*.pem", "*.key", "id_rsa*", ".ssh", ".aws",
            ".vscode", ".idea", "*.log", "docs", "tests", "test", "coverage", ".DS_Store");

    private DockerignoreGenerator() {
    }

    /**
     * @param language the detected language (its stack names the entries), or empty
     * @param existing the current .dockerignore text, if any
     */
    public static String generate(Dockerfile optimized, Optional<Language> language, Optional<String> existing) {
        Set<String> wanted = new LinkedHashSet<>(COMMON);
        language.map(Stacks::of).ifPresent(stack -> wanted.addAll(stack.ignoreEntries()));
        List<String> copied = copiedPaths(optimized);
        wanted.removeIf(pattern -> copied.stream().anyMatch(path -> excludes(pattern, path)));
        List<String> lines = new ArrayList<>();
        Set<String> present = new LinkedHashSet<>();
        existing.ifPresent(text -> {
            for (String line : text.split("\r?\n", -1)) {
                lines.add(line);
                present.add(line.trim());
            }
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
        });
        List<String> added = wanted.stream().filter(p -> !present.contains(p)).toList();
        if (added.isEmpty()) {
            return existing.orElse(String.join("\n", lines) + "\n");
        }
        if (!lines.isEmpty()) {
            lines.add("");
        }
        if (!present.contains(MARKER)) {
            lines.add(MARKER);
        }
        lines.addAll(added);
        return String.join("\n", lines) + "\n";
    }

    /** Context paths the Dockerfile copies by name (COPY/ADD without --from), without leading ./ */
    static List<String> copiedPaths(Dockerfile dockerfile) {
        List<String> paths = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof Instruction.FileTransfer transfer && transfer.from().isEmpty()) {
                for (String source : transfer.sources()) {
                    String path = source.startsWith("./") ? source.substring(2) : source;
                    if (!path.equals(".") && !path.isEmpty()) {
                        paths.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
                    }
                }
            }
        }
        return paths;
    }

    /** Whether an ignore pattern would exclude {@code path} or a directory on its way (simple globs). */
    static boolean excludes(String pattern, String path) {
        String regex = pattern.replace(".", "\\.").replace("**/", "\u0000").replace("*", "[^/]*").replace("?", "[^/]")
                .replace("\u0000", "(.*/)?");
        String[] parts = path.split("/");
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            prefix.append(prefix.isEmpty() ? "" : "/").append(part);
            if (prefix.toString().matches(regex)) {
                return true;
            }
        }
        // a glob source (go.*) may match files the pattern excludes
        return path.contains("*") && pattern.matches(path.replace(".", "\\.").replace("*", ".*"));
    }
}
