package dev.slimline.image;

import java.util.List;

/**
 * An image read from {@code docker save} output or an OCI layout: its config and its layers in order,
 * bottom first.
 *
 * @param source   what was read (a path or an image reference), for messages
 * @param format   {@code docker-archive} or {@code oci-layout}
 * @param repoTags names the archive gives the image, possibly empty
 * @param findings hostile or malformed entries in the outer archive and all layers
 */
public record ImageArchive(String source, String format, List<String> repoTags, ImageConfig config,
        List<ScannedLayer> layers, List<ArchiveFinding> findings) {
}
