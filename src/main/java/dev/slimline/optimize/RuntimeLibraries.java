package dev.slimline.optimize;

import dev.slimline.knowledge.BuildOnlyPackages;
import dev.slimline.knowledge.KnowledgeYaml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The dev -> runtime library map (knowledge/runtime-libraries.yaml): which shared libraries a runtime stage needs
 * for the extensions the build stage compiled, on Debian or Alpine.
 */
final class RuntimeLibraries {

    record Library(String dev, String runtime, String apkDev, String apkRuntime, boolean inSlim) {
    }

    private record Data(List<Library> libraries) {
    }

    private static final RuntimeLibraries BUNDLED = load();

    private final Data data;

    private RuntimeLibraries(Data data) {
        this.data = data;
    }

    static RuntimeLibraries bundled() {
        return BUNDLED;
    }

    /** Build-only by the one definition (knowledge/build-only-packages.yaml). */
    boolean isBuildTool(String aptPackage) {
        return BuildOnlyPackages.bundled().isBuildOnly(aptPackage);
    }

    /** Debian runtime packages to install on a slim image for these installed dev packages. */
    Set<String> debianRuntime(List<String> aptPackages) {
        Set<String> out = new LinkedHashSet<>();
        for (Library library : data.libraries()) {
            if (aptPackages.contains(library.dev()) && !library.inSlim()) {
                out.add(library.runtime());
            }
        }
        return out;
    }

    Set<String> alpineRuntime(List<String> aptPackages) {
        Set<String> out = new LinkedHashSet<>();
        for (Library library : data.libraries()) {
            if (aptPackages.contains(library.dev())) {
                out.add(library.apkRuntime());
            }
        }
        return out;
    }

    Set<String> alpineDev(List<String> aptPackages) {
        Set<String> out = new LinkedHashSet<>();
        for (Library library : data.libraries()) {
            if (aptPackages.contains(library.dev())) {
                out.add(library.apkDev());
            }
        }
        return out;
    }

    private static RuntimeLibraries load() {
        List<Library> libraries = new ArrayList<>();
        KnowledgeYaml.read("runtime-libraries.yaml").get("libraries").forEach(n -> libraries.add(new Library(
                n.get("dev").asText(), n.get("runtime").asText(), n.get("apkDev").asText(), n.get("apkRuntime").asText(),
                n.path("inSlim").asBoolean(false))));
        return new RuntimeLibraries(new Data(List.copyOf(libraries)));
    }
}
