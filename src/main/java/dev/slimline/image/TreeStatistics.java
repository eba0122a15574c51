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
            if (!node.type().isDirectory()) {
                offer(heap, new ImageReport.PathSize("/" + path, node.size()), top);
            }
        });
        return sorted(heap);
    }

    /** A directory's size is every file below it, at any depth. */
    static List<ImageReport.PathSize> largestDirectories(Map<String, ComposedImage.Node> tree, int top) {
        Map<String, Long> totals = new HashMap<>();
        tree.forEach((path, node) -> {
            if (node.type().isDirectory() || node.size() == 0) {
                return;
            }
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                totals.merge(path.substring(0, slash), node.size(), Long::sum);
            }
        });
        PriorityQueue<ImageReport.PathSize> heap = new PriorityQueue<>(BY_SIZE);
        totals.forEach((dir, bytes) -> offer(heap, new ImageReport.PathSize("/" + dir, bytes), top));
        return sorted(heap);
    }

    private static final Comparator<ImageReport.PathSize> BY_SIZE =
            Comparator.comparingLong(ImageReport.PathSize::bytes).thenComparing(ImageReport.PathSize::path,
                    Comparator.reverseOrder());

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
