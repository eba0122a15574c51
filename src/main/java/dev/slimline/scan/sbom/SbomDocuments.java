package dev.slimline.scan.sbom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.scan.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** What the SBOM writers share: the document's id and its indented JSON text. */
final class SbomDocuments {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SbomDocuments() {
    }

    /** Stable for one image at one time, so a rerun within the second writes the same document. */
    static UUID documentId(Catalog catalog, Instant timestamp) {
        return UUID.nameUUIDFromBytes((catalog.source() + "|" + timestamp).getBytes(StandardCharsets.UTF_8));
    }

    static String text(ObjectNode document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
