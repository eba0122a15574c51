package dev.slimline.image;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeSet;
import java.util.Set;

/** Matches the final file tree against named path rules (build tools, caches). */
final class PathRuleMatcher {
    private static final int SHOWN_LOCATIONS = 5;

    private PathRuleMatcher() {
    }

    /**
     * @param asDirectories report each match's directory (the pattern's directory part) instead of the path
     */
    static List<ImageReport.Match> match(NavigableMap<String, ComposedImage.Node> tree,
            List<ImageKnowledge.PathRule> rules, boolean asDirectories) {
        List<ImageReport.Match> matches = new ArrayList<>();
        for (ImageKnowledge.PathRule rule : rules) {
            List<PathGlob> globs = rule.globs();
            Set<String> locations = new LinkedHashSet<>();
            int files = 0;
            long bytes = 0;
            for (Map.Entry<String, ComposedImage.Node> entry : candidates(tree, globs)) {
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

    /**
     * The entries a glob of the rule could match, in tree order: a glob matches only paths that start with its
     * literal prefix, so the tree is read in those ranges (the whole tree when a glob starts with a wildcard).
     */
    private static Iterable<Map.Entry<String, ComposedImage.Node>> candidates(
            NavigableMap<String, ComposedImage.Node> tree, List<PathGlob> globs) {
        TreeSet<String> prefixes = new TreeSet<>();
        for (PathGlob glob : globs) {
            if (glob.literalPrefix().isEmpty()) {
                return tree.entrySet();
            }
            prefixes.add(glob.literalPrefix());
        }
        // Sorted prefixes none of which starts another give disjoint ranges in tree order.
        List<Map.Entry<String, ComposedImage.Node>> entries = new ArrayList<>();
        String covering = null;
        for (String prefix : prefixes) {
            if (covering != null && prefix.startsWith(covering)) {
                continue;
            }
            covering = prefix;
            entries.addAll(startingWith(tree, prefix).entrySet());
        }
        return entries;
    }

    private static NavigableMap<String, ComposedImage.Node> startingWith(NavigableMap<String, ComposedImage.Node> tree,
            String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return last == Character.MAX_VALUE ? tree.tailMap(prefix, true)
                : tree.subMap(prefix, true, prefix.substring(0, prefix.length() - 1) + (char) (last + 1), false);
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
