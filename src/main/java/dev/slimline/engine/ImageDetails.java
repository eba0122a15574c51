package dev.slimline.engine;

import java.util.List;

/**
 * What {@code docker image inspect} says about an image.
 *
 * @param id the image id ({@code sha256:...})
 * @param repoTags the tags pointing at it
 * @param sizeBytes uncompressed size of all its layers, as the engine counts it
 * @param layerDiffIds the diff ids of its layers, base first (one per layer that holds files)
 * @param config the runtime configuration
 */
public record ImageDetails(String id, List<String> repoTags, long sizeBytes, List<String> layerDiffIds,
        RuntimeConfig config) {

    public ImageDetails {
        repoTags = List.copyOf(repoTags);
        layerDiffIds = List.copyOf(layerDiffIds);
    }
}
