package dev.slimline.image;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Matches the final file tree against named path rules (build tools, caches). */
final class PathRuleMatcher {
    private static final int SHOWN_LOCATIONS = 5;

    private PathRuleMatcher() {
    }

    /**
     * @param asDirectories report each match's directory (the pattern's directory part) instead of the path
     */
    static List<ImageReport.Match> match(Map<String, ComposedImage.Node> tree, List<ImageKnowledge.PathRule> rules,
            boolean asDirectories) {
        List<ImageReport.Match> matches = new ArrayList<>();
        for (ImageKnowledge.PathRule rule : rules) {
            List<PathGlob> globs = rule.globs();
            Set<String> locations = new LinkedHashSet<>();
            int files = 0;
            long bytes = 0;
            for (Map.Entry<String, ComposedImage.Node> entry : tree.entrySet()) {
                if (entry.getValue().type().isDirectory()) {
                    continue;
                }
                for (PathGlob glob : globs) {
                    if (glob.matches(entry.getKey())) {
                        files++;
                        bytes += entry.getValue().size();
                        locations.add("/" + (asDirectories ? prefix(entry.getKey(), glob.components() - 1)
                                : entry.getKey()));
                        break;
                    }
                }
            }
            if (files > 0 && (!asDirectories || bytes > 0)) {
                matches.add(new ImageReport.Match(rule.name(),
                        locations.stream().limit(SHOWN_LOCATIONS).toList(), files, bytes));
            }
        }
        return List.copyOf(matches);
    }

    private static String prefix(String path, int components) {
        int end = -1;
        for (int i = 0; i < components; i++) {
            end = path.indexOf('/', end + 1);
            if (end < 0) {
                return path;
            }
        }
        return path.substring(0, end);
    }
}
