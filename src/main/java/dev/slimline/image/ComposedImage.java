package dev.slimline.image;

import java.util.List;
import java.util.NavigableMap;

/**
 * The layers applied in order, as overlayfs would show them, plus what applying them cost.
 *
 * @param finalTree       every visible path of the running image's root file system, sorted
 * @param changes         per layer, in layer order
 * @param secrets         secret-looking files of all layers, with their layer and whether a later layer removed them
 * @param overwrittenBytes bytes of files that a later layer replaced or deleted (the N-1 copies: true waste)
 * @param diveWastedBytes dive's "wasted" figure: every copy of each path seen in two or more layers
 * @param diveEfficiency  dive's efficiency score
 */
public record ComposedImage(NavigableMap<String, Node> finalTree, List<LayerChanges> changes,
        List<SecretFile> secrets, long overwrittenBytes, long diveWastedBytes, double diveEfficiency) {

    /** A visible path: its type, Docker-counted size and the layer (0-based) that put it there. */
    public record Node(LayerEntry.Type type, long size, int layer) {
    }
}
