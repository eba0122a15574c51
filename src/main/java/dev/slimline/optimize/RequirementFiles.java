package dev.slimline.optimize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What pip requirement files name in the build context, so it is copied before {@code pip install -r} runs:
 * nested {@code -r} and {@code -c} files, local paths ({@code ./native}, {@code -e ./pkg}, {@code file:} URLs)
 * and {@code --find-links} directories. A reference to the whole project ({@code .}, {@code -e .}) means the
 * install needs the sources: it runs after {@code COPY . .}.
 *
 * @param files        requirement and constraint files, the given ones first
 * @param paths        other context paths they name (directories or archives), each copied to the same place
 * @param needsSources whether they name the project itself
 */
record RequirementFiles(List<String> files, List<String> paths, boolean needsSources) {

    static RequirementFiles read(TemplateInput input, List<String> given) {
        Set<String> files = new LinkedHashSet<>();
        Set<String> paths = new LinkedHashSet<>();
        boolean[] sources = {false};
        List<String> queue = new ArrayList<>(given);
        while (!queue.isEmpty()) {
            String file = normalise(queue.remove(0));
            if (!files.add(file)) {
                continue;
            }
            for (String raw : input.read(file).orElse("").split("\n")) {
                String line = raw.replaceFirst("(^|\\s)#.*", "").trim();
                String[] words = line.split("\\s+", 2);
                String option = words[0];
                String value = words.length > 1 ? words[1].trim() : "";
                if (option.contains("=") && option.startsWith("--")) {
                    value = option.substring(option.indexOf('=') + 1);
                    option = option.substring(0, option.indexOf('='));
                }
                switch (option) {
                    // pip reads a nested file relative to the file that names it
                    case "-r", "--requirement", "-c", "--constraint" -> queue.add(relativeTo(file, value));
                    case "-e", "--editable", "-f", "--find-links" -> local(value).ifPresent(p -> add(p, paths, sources));
                    default -> local(line.split("[\\s;\\[]")[0]).ifPresent(p -> add(p, paths, sources));
                }
            }
        }
        return new RequirementFiles(List.copyOf(files), List.copyOf(paths), sources[0]);
    }

    private static void add(String path, Set<String> paths, boolean[] sources) {
        if (path.equals(".")) {
            sources[0] = true;
        } else {
            paths.add(path);
        }
    }

    /** A path inside the context, if the word is one ({@code ./x}, {@code file:./x}, {@code .}); URLs and names are not. */
    private static java.util.Optional<String> local(String word) {
        String path = word.startsWith("file:") ? word.substring(5).replaceFirst("^//", "") : word;
        if (path.equals(".") || path.equals("./") || path.startsWith("./") && !path.contains("..")) {
            return java.util.Optional.of(normalise(path));
        }
        return java.util.Optional.empty();
    }

    private static String relativeTo(String file, String nested) {
        java.nio.file.Path parent = java.nio.file.Path.of(file).getParent();
        String resolved = parent == null ? nested : parent.resolve(nested).normalize().toString();
        return resolved.startsWith("..") || resolved.startsWith("/") ? nested : resolved;
    }

    private static String normalise(String path) {
        String p = path.replaceFirst("^\\./", "").replaceFirst("/+$", "");
        return p.isEmpty() ? "." : p;
    }
}
