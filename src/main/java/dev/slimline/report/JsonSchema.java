package dev.slimline.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The version of slimline's JSON reports (audit, inspect, scan, verify, gate): the first field of every one, so a
 * consumer can tell which field set it reads. It grows when a field is removed or changes meaning (CHANGELOG.md);
 * added fields keep it. CycloneDX and SARIF carry their own standard's version instead.
 */
public final class JsonSchema {

    /** The field name. */
    public static final String FIELD = "schemaVersion";
    /** The current version. */
    public static final int VERSION = 1;

    private JsonSchema() {
    }

    /** A report's root object, {@value #FIELD} already in it. */
    public static ObjectNode root(ObjectMapper mapper) {
        return mapper.createObjectNode().put(FIELD, VERSION);
    }

    /** For streamed reports: writes the field into the object just started. */
    public static void write(JsonGenerator json) throws IOException {
        json.writeNumberField(FIELD, VERSION);
    }

    /** A value serialised by {@code mapper} (a record), as a report root with {@value #FIELD} first. */
    public static ObjectNode root(ObjectMapper mapper, Object report) {
        ObjectNode root = root(mapper);
        root.setAll((ObjectNode) mapper.valueToTree(report));
        return root;
    }
}
