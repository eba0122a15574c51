package dev.slimline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/** The official CycloneDX 1.5 JSON schema (vendored in src/test/resources/cyclonedx, see SOURCES.md), offline. */
public final class CycloneDxSchema {

    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                    builder -> builder.schemaMappers(mappers -> mappers.mapPrefix("http://cyclonedx.org/schema/",
                            "classpath:cyclonedx/")))
            .getSchema(SchemaLocation.of("http://cyclonedx.org/schema/bom-1.5.schema.json"));

    private CycloneDxSchema() {
    }

    /** Every schema violation, as one line each; empty when the document is valid. */
    public static List<String> validate(JsonNode bom) {
        return SCHEMA.validate(bom).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
