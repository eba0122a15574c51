package dev.slimline.optimize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slimline.knowledge.KnowledgeYaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The runtime libraries a Python requirement's wheels link against whatever the original installs
 * (knowledge/python-native-packages.yaml: scikit-learn needs libgomp1 on a slim image).
 */
final class PythonNativeLibraries {

    private record Libraries(List<String> debian, List<String> alpine) {
    }

    private static final Map<String, Libraries> PACKAGES = load();

    private PythonNativeLibraries() {
    }

    /** Debian runtime packages for these requirement names, in their order. */
    static Set<String> debian(List<String> requirements) {
        Set<String> out = new LinkedHashSet<>();
        requirements.stream().filter(PACKAGES::containsKey).forEach(name -> out.addAll(PACKAGES.get(name).debian()));
        return out;
    }

    static Set<String> alpine(List<String> requirements) {
        Set<String> out = new LinkedHashSet<>();
        requirements.stream().filter(PACKAGES::containsKey).forEach(name -> out.addAll(PACKAGES.get(name).alpine()));
        return out;
    }

    /** Distribution names from requirement lines ({@code scikit-learn>=1.3} -> {@code scikit-learn}). */
    static List<String> requirementNames(List<String> lines) {
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            String name = line.replaceFirst("#.*", "").trim().split("[\\s<>=!~;\\[]", 2)[0];
            if (!name.isEmpty() && !name.startsWith("-")) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static Map<String, Libraries> load() {
        Map<String, Libraries> packages = new LinkedHashMap<>();
        KnowledgeYaml.read("python-native-packages.yaml").get("packages").fields().forEachRemaining(e -> {
            JsonNode libraries = e.getValue();
            packages.put(e.getKey(), new Libraries(KnowledgeYaml.strings(libraries.get("debian")),
                    KnowledgeYaml.strings(libraries.get("alpine"))));
        });
        return Map.copyOf(packages);
    }
}
