package dev.slimline.rule;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What rules need to know about base images. The knowledge catalog (versioned YAML data) implements this; rules
 * see only the interface, and {@link #minimal()} is a small built-in default for when no catalog is given.
 */
public interface BaseImageKnowledge {

    /** A smaller variant of the same image and version ({@code python:3.11} gives {@code python:3.11-slim}). */
    Optional<SlimmerImage> slimmerSibling(String image);

    /** The smaller image and, where known, the uncompressed sizes of both. */
    record SlimmerImage(String image, OptionalLong fullBytes, OptionalLong slimBytes) {
    }

    /** The built-in default: name patterns of a few official images, no sizes. */
    static BaseImageKnowledge minimal() {
        return MinimalBaseImageKnowledge.INSTANCE;
    }
}
