package dev.slimline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/** The official SPDX 2.3 JSON schema (vendored in src/test/resources/spdx, see README.md there), offline. */
public final class SpdxSchema {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909)
            .getSchema(SchemaLocation.of("classpath:spdx/spdx-schema.json"));

    private SpdxSchema() {
    }

    /** Every schema violation, as one line each; empty when the document is valid. */
    public static List<String> validate(JsonNode document) {
        return SCHEMA.validate(document).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
