package dev.slimline.engine;

/**
 * One build step of an image, from {@code docker history}.
 *
 * @param createdBy the instruction, as the builder recorded it
 * @param sizeBytes the exact bytes this step added
 * @param emptyLayer true when the step added no bytes (ENV, CMD, a RUN that changed nothing). {@code docker
 *     history} does not report the config's {@code empty_layer} flag itself; the image reader has it from the
 *     saved config
 */
public record HistoryEntry(String createdBy, long sizeBytes, boolean emptyLayer) {
}
