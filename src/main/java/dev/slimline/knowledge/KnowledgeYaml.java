package dev.slimline.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Reading a knowledge file (src/main/resources/dev/slimline/knowledge) as a tree: build-only packages, runtime
 * libraries, a stack's data. The catalog itself is read typed and strict by {@link KnowledgeCatalog}.
 */
public final class KnowledgeYaml {

    /** One mapper for every file: building one costs more than reading a small file. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KnowledgeYaml() {
    }

    /** The file's tree (from its compiled copy, {@link BundledYaml}); a missing file is a broken build, not a user error. */
    public static JsonNode read(String name) {
        try (JsonParser in = BundledYaml.open(KnowledgeYaml.class, name)) {
            return tree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree of an open knowledge file (the caller closes the parser). */
    static JsonNode tree(JsonParser in) throws IOException {
        return MAPPER.readTree(in);
    }

    /** A YAML list of strings ({@code [libpq5, libxml2]}). */
    public static List<String> strings(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(JsonNode::asText).toList();
    }
}
