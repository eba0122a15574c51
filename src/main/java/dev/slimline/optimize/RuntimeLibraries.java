package dev.slimline.optimize;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slimline.knowledge.BuildOnlyPackages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dev -> runtime library map (knowledge/runtime-libraries.yaml): which shared libraries a runtime stage needs
 * for the extensions the build stage compiled, on Debian or Alpine.
 */
final class RuntimeLibraries {

    record Library(String dev, String runtime, String apkDev, String apkRuntime, boolean inSlim) {
    }

    record PythonPackage(String packageName, String runtime, String apkRuntime) {
    }

    private record Data(List<Library> libraries, List<PythonPackage> python) {
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

    /** Debian runtime packages to install on a slim image for these installed dev packages and Python requirements. */
    Set<String> debianRuntime(List<String> aptPackages, List<String> requirements) {
        Set<String> out = new LinkedHashSet<>();
        for (Library library : data.libraries()) {
            if (aptPackages.contains(library.dev()) && !library.inSlim()) {
                out.add(library.runtime());
            }
        }
        for (PythonPackage p : data.python()) {
            if (requirements.contains(p.packageName())) {
                out.addAll(Arrays.asList(p.runtime().split(" ")));
            }
        }
        return out;
    }

    Set<String> alpineRuntime(List<String> aptPackages, List<String> requirements) {
        Set<String> out = new LinkedHashSet<>();
        for (Library library : data.libraries()) {
            if (aptPackages.contains(library.dev())) {
                out.add(library.apkRuntime());
            }
        }
        for (PythonPackage p : data.python()) {
            if (requirements.contains(p.packageName())) {
                out.addAll(Arrays.asList(p.apkRuntime().split(" ")));
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

    private static RuntimeLibraries load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = RuntimeLibraries.class.getResourceAsStream("/dev/slimline/knowledge/runtime-libraries.yaml")) {
            if (in == null) {
                throw new IllegalStateException("runtime-libraries.yaml missing from the classpath");
            }
            var tree = yaml.readTree(in);
            List<Library> libraries = new ArrayList<>();
            tree.get("libraries").forEach(n -> libraries.add(new Library(n.get("dev").asText(), n.get("runtime").asText(),
                    n.get("apkDev").asText(), n.get("apkRuntime").asText(), n.path("inSlim").asBoolean(false))));
            List<PythonPackage> python = new ArrayList<>();
            tree.get("python").forEach(n -> python.add(new PythonPackage(n.get("package").asText(),
                    n.get("runtime").asText(), n.get("apkRuntime").asText())));
            return new RuntimeLibraries(new Data(List.copyOf(libraries), List.copyOf(python)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
