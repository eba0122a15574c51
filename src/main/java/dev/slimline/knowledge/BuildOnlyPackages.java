package dev.slimline.knowledge;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one definition of build-only OS packages (knowledge/build-only-packages.yaml, with its source and date),
 * read by the optimizer, the rules, audit and verify.
 */
public final class BuildOnlyPackages {

    private static final Pattern PIN = Pattern.compile("[=~<>:].*$");
    private static final BuildOnlyPackages BUNDLED = load();

    private final Set<String> compilers;
    private final List<Pattern> patterns;
    private final Set<String> fetchTools;
    private final List<String> executables;
    private final String source;
    private final String date;

    private BuildOnlyPackages(Set<String> compilers, List<Pattern> patterns, Set<String> fetchTools,
                              List<String> executables, String source, String date) {
        this.compilers = compilers;
        this.patterns = patterns;
        this.fetchTools = fetchTools;
        this.executables = executables;
        this.source = source;
        this.date = date;
    }

    public static BuildOnlyPackages bundled() {
        return BUNDLED;
    }

    /** A package name without its version pin or architecture. */
    public static String name(String packageSpec) {
        return PIN.matcher(packageSpec).replaceFirst("");
    }

    /** A compiler, build driver or header package: never needed at run time. */
    public boolean isCompilerOrHeaders(String packageSpec) {
        String name = name(packageSpec);
        return compilers.contains(name) || patterns.stream().anyMatch(p -> p.matcher(name).matches());
    }

    /** Build-only as the optimizer sees it: compilers and headers, and fetch tools unless what runs needs them. */
    public boolean isBuildOnly(String packageSpec) {
        return isCompilerOrHeaders(packageSpec) || fetchTools.contains(name(packageSpec));
    }

    /** The compiler executables verify looks up on a running image's PATH. */
    public List<String> executables() {
        return executables;
    }

    public String source() {
        return source;
    }

    public String date() {
        return date;
    }

    private static BuildOnlyPackages load() {
        JsonNode tree = KnowledgeYaml.read("build-only-packages.yaml");
        List<Pattern> patterns = new ArrayList<>();
        tree.get("patterns").forEach(n -> patterns.add(Pattern.compile(n.asText())));
        return new BuildOnlyPackages(Set.copyOf(KnowledgeYaml.strings(tree.get("compilers"))), List.copyOf(patterns),
                Set.copyOf(KnowledgeYaml.strings(tree.get("fetchTools"))), KnowledgeYaml.strings(tree.get("executables")),
                tree.get("source").asText(), tree.get("date").asText());
    }
}
