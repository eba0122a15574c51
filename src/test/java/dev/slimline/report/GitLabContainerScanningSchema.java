package dev.slimline.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;

/**
 * GitLab's container scanning report schema 15.0.7 (vendored in src/test/resources/gitlab, see SOURCE.md), offline:
 * the schema's {@code $id} is mapped to the vendored copy so no reference is ever fetched.
 */
public final class GitLabContainerScanningSchema {

    private static final String ID = "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/master/dist/container-scanning-report-format.json";
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                    builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID,
                            "classpath:gitlab/container-scanning-report-format-15.0.7.json")))
            .getSchema(SchemaLocation.of(ID));

    private GitLabContainerScanningSchema() {
    }

    /** Every schema violation, as one line each; empty when the report is valid. */
    public static List<String> validate(JsonNode report) {
        return SCHEMA.validate(report).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
