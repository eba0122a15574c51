package dev.slimline.knowledge;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Set;

/** ENV names base images set themselves (knowledge/base-image-env.yaml): PYTHON_VERSION, GOPATH, PATH. */
public final class BaseImageEnv {

    private static final Set<String> NAMES = load();

    private BaseImageEnv() {
    }

    /** Whether a base image sets this name itself, so a slimmer sibling may set it differently. */
    public static boolean setByBaseImage(String name) {
        return NAMES.contains(name);
    }

    private static Set<String> load() {
        JsonNode tree = KnowledgeYaml.read("base-image-env.yaml");
        Set<String> names = new HashSet<>(KnowledgeYaml.strings(tree.get("common")));
        tree.get("runtimes").forEach(list -> names.addAll(KnowledgeYaml.strings(list)));
        return Set.copyOf(names);
    }
}
