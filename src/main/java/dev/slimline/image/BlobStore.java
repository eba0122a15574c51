package dev.slimline.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;

/** Where {@link ArchiveLayout} finds the JSON documents and layer blobs an archive names, by archive path. */
interface BlobStore {

    /** The JSON document at {@code path}, or empty when the archive has none there. */
    Optional<JsonNode> json(String path) throws IOException;

    /** The scanned layer at {@code path}; BAD_INPUT when the archive has none there. */
    ScannedLayer layer(String path) throws IOException;

    /** Findings of reading the container (outer tar or directory) itself. */
    java.util.List<ArchiveFinding> findings();
}
