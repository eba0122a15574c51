package dev.slimline.optimize;


import dev.slimline.knowledge.KnowledgeYaml;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Debian runtime libraries of the native gems a Gemfile.lock resolves (knowledge/ruby-native-gems.yaml). */
final class NativeGemLibraries {

    /** A resolved spec in Gemfile.lock: four spaces, the name, its version in parentheses. */
    private static final Pattern SPEC = Pattern.compile("(?m)^ {4}([A-Za-z0-9_.-]+) \\(");
    private static final Map<String, List<String>> GEMS = load();

    private NativeGemLibraries() {
    }

    /** The libraries the lock file's native gems need at run time, in the lock's order. */
    static Set<String> of(String gemfileLock) {
        Set<String> libraries = new LinkedHashSet<>();
        Matcher spec = SPEC.matcher(gemfileLock);
        while (spec.find()) {
            libraries.addAll(GEMS.getOrDefault(spec.group(1), List.of()));
        }
        return libraries;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> gems = new LinkedHashMap<>();
        KnowledgeYaml.read("ruby-native-gems.yaml").get("gems").fields()
                .forEachRemaining(e -> gems.put(e.getKey(), KnowledgeYaml.strings(e.getValue())));
        return Map.copyOf(gems);
    }
}
