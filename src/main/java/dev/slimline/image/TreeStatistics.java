package dev.slimline.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/** Largest files and directories of a final file tree, kept to the top N with a bounded heap. */
final class TreeStatistics {

    private TreeStatistics() {
    }

    static List<ImageReport.PathSize> largestFiles(Map<String, ComposedImage.Node> tree, int top) {
        PriorityQueue<ImageReport.PathSize> heap = new PriorityQueue<>(BY_SIZE);
        tree.forEach((path, node) -> {
            if (!node.type().isDirectory() && mayEnter(heap, node.size(), top)) {
                offer(heap, new ImageReport.PathSize("/" + path, node.size()), top);
            }
        });
        return sorted(heap);
    }

    /** A directory's size is every file below it, at any depth. */
    static List<ImageReport.PathSize> largestDirectories(Map<String, ComposedImage.Node> tree, int top) {
        // Each file's bytes go to its own directory, then every directory's total to its parent, deepest first:
        // one substring per file and per directory instead of one per file and ancestor.
        Map<String, Long> totals = new HashMap<>();
        tree.forEach((path, node) -> {
            int slash = path.lastIndexOf('/');
            if (!node.type().isDirectory() && node.size() != 0 && slash > 0) {
                totals.merge(path.substring(0, slash), node.size(), Long::sum);
            }
        });
        List<List<String>> byDepth = new ArrayList<>();
        totals.keySet().forEach(dir -> atDepth(byDepth, depth(dir)).add(dir));
        for (int depth = byDepth.size() - 1; depth > 1; depth--) {
            for (String dir : byDepth.get(depth)) {
                String parent = dir.substring(0, dir.lastIndexOf('/'));
                Long before = totals.get(parent);
                totals.put(parent, (before == null ? 0 : before) + totals.get(dir));
                if (before == null) {
                    atDepth(byDepth, depth - 1).add(parent);
                }
            }
        }
        PriorityQueue<ImageReport.PathSize> heap = new PriorityQueue<>(BY_SIZE);
        totals.forEach((dir, bytes) -> {
            if (mayEnter(heap, bytes, top)) {
                offer(heap, new ImageReport.PathSize("/" + dir, bytes), top);
            }
        });
        return sorted(heap);
    }

    private static final Comparator<ImageReport.PathSize> BY_SIZE =
            Comparator.comparingLong(ImageReport.PathSize::bytes).thenComparing(ImageReport.PathSize::path,
                    Comparator.reverseOrder());

    /** Path components: 1 for "usr", 2 for "usr/lib". */
    private static int depth(String dir) {
        int depth = 1;
        for (int i = dir.indexOf('/'); i >= 0; i = dir.indexOf('/', i + 1)) {
            depth++;
        }
        return depth;
    }

    private static List<String> atDepth(List<List<String>> byDepth, int depth) {
        while (byDepth.size() <= depth) {
            byDepth.add(new ArrayList<>());
        }
        return byDepth.get(depth);
    }

    /** Whether a path of {@code bytes} could enter a full heap: the heap's least element has no more bytes. */
    private static boolean mayEnter(PriorityQueue<ImageReport.PathSize> heap, long bytes, int top) {
        return heap.size() < top || (!heap.isEmpty() && heap.peek().bytes() <= bytes);
    }

    private static void offer(PriorityQueue<ImageReport.PathSize> heap, ImageReport.PathSize item, int top) {
        heap.add(item);
        if (heap.size() > top) {
            heap.poll();
        }
    }

    private static List<ImageReport.PathSize> sorted(PriorityQueue<ImageReport.PathSize> heap) {
        List<ImageReport.PathSize> list = new ArrayList<>(heap);
        list.sort(BY_SIZE.reversed());
        return List.copyOf(list);
    }
}
