package dev.slimline.image;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Applies scanned layers bottom-up the way overlayfs merges them (whiteouts and opaque directories first
 * within a layer, then its entries) and counts waste two ways; see docs/image-metrics.md.
 */
public final class LayerStack {
    private final TreeMap<String, ComposedImage.Node> tree = new TreeMap<>();
    private final Map<String, DiveStat> dive = new HashMap<>();
    private long overwritten;

    /** dive's per-path record: the sizes of every layer's copy (a whiteout counts what it removed). */
    private static final class DiveStat {
        long cumulative;
        long min = Long.MAX_VALUE;
        int copies;

        void add(long size) {
            cumulative += size;
            min = Math.min(min, size);
            copies++;
        }
    }

    private LayerStack() {
    }

    public static ComposedImage compose(List<ScannedLayer> layers) {
        return new LayerStack().apply(layers);
    }

    private ComposedImage apply(List<ScannedLayer> layers) {
        List<LayerChanges> changes = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            changes.add(applyLayer(i, layers.get(i)));
        }
        List<SecretFile> secrets = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            for (SecretFile secret : layers.get(i).secrets()) {
                ComposedImage.Node visible = tree.get(secret.path());
                SecretFile placed = new SecretFile(secret.path(), secret.kind(), i, false);
                secrets.add(visible != null && visible.layer() == i ? placed : placed.withDeletedLater());
            }
        }
        long diveWasted = 0;
        long minimum = 0;
        long discovered = 0;
        for (DiveStat stat : dive.values()) {
            if (stat.copies >= 2) {
                diveWasted += stat.cumulative;
            }
            minimum += stat.min;
            discovered += stat.cumulative;
        }
        double diveEfficiency = discovered == 0 ? 1.0 : (double) minimum / discovered;
        return new ComposedImage(tree, List.copyOf(changes), List.copyOf(secrets), overwritten, diveWasted,
                diveEfficiency);
    }

    private LayerChanges applyLayer(int index, ScannedLayer layer) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        for (LayerEntry entry : layer.entries()) {
            if (entry.type() == LayerEntry.Type.OPAQUE) {
                // Hides what lower layers put in the directory; each hidden path is a deletion for dive too.
                for (Map.Entry<String, ComposedImage.Node> hidden : removeBelow(entry.path(), index, false)) {
                    dive.computeIfAbsent(hidden.getKey(), k -> new DiveStat()).add(hidden.getValue().size());
                    countDeleted(hidden, deleted);
                }
            } else if (entry.type() == LayerEntry.Type.WHITEOUT) {
                long removedBytes = 0;
                for (Map.Entry<String, ComposedImage.Node> removed : removeBelow(entry.path(), index, true)) {
                    removedBytes += removed.getValue().size();
                    countDeleted(removed, deleted);
                }
                dive.computeIfAbsent(entry.path(), k -> new DiveStat()).add(removedBytes);
            }
        }
        for (LayerEntry entry : layer.entries()) {
            if (entry.type() == LayerEntry.Type.OPAQUE || entry.type() == LayerEntry.Type.WHITEOUT) {
                continue;
            }
            if (entry.type().isDirectory()) {
                ComposedImage.Node previous = tree.get(entry.path());
                if (previous == null || !previous.type().isDirectory()) {
                    if (previous != null) {
                        overwritten += previous.size();
                        deleted.add(entry.path());
                    }
                    tree.put(entry.path(), new ComposedImage.Node(entry.type(), 0, index));
                }
                continue;
            }
            // one lookup per file: removing a replaced directory's children below never touches the path itself
            ComposedImage.Node previous = tree.put(entry.path(), new ComposedImage.Node(entry.type(), entry.size(), index));
            if (previous == null) {
                added.add(entry.path());
            } else if (previous.type().isDirectory()) {
                // A file replacing a directory hides everything that was inside it.
                for (Map.Entry<String, ComposedImage.Node> removed : removeBelow(entry.path(), index, false)) {
                    countDeleted(removed, deleted);
                }
                added.add(entry.path());
            } else {
                overwritten += previous.size();
                changed.add(entry.path());
            }
            dive.computeIfAbsent(entry.path(), k -> new DiveStat()).add(entry.size());
        }
        return new LayerChanges(List.copyOf(added), List.copyOf(changed), List.copyOf(deleted));
    }

    private void countDeleted(Map.Entry<String, ComposedImage.Node> removed, List<String> deleted) {
        if (!removed.getValue().type().isDirectory()) {
            overwritten += removed.getValue().size();
            deleted.add(removed.getKey());
        }
    }

    /**
     * Removes the children of {@code path} put there by layers below {@code index} (and {@code path} itself
     * when {@code self}); returns what was removed.
     */
    private List<Map.Entry<String, ComposedImage.Node>> removeBelow(String path, int index, boolean self) {
        List<Map.Entry<String, ComposedImage.Node>> removed = new ArrayList<>();
        // Children of "a/b" sort between "a/b/" and "a/b0" ('0' follows '/').
        NavigableMap<String, ComposedImage.Node> children = path.isEmpty() ? tree
                : tree.subMap(path + "/", true, path + "0", false);
        children.entrySet().removeIf(child -> {
            if (child.getValue().layer() < index) {
                removed.add(Map.entry(child.getKey(), child.getValue()));
                return true;
            }
            return false;
        });
        if (self) {
            ComposedImage.Node node = tree.get(path);
            if (node != null && node.layer() < index) {
                tree.remove(path);
                removed.add(Map.entry(path, node));
            }
        }
        return removed;
    }
}
