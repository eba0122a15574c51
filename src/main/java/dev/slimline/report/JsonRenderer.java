package dev.slimline.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The audit as JSON; field names are a public contract (README "Audit JSON"). Written straight to the output as
 * it is walked: a tree of nodes for a 10,000-service monorepo would cost more than the rest of the report.
 */
public final class JsonRenderer implements ReportRenderer {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String render(AuditReport report) {
        StringWriter out = new StringWriter(4096 + 2048 * report.services().size());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            write(json, report);
        } catch (IOException e) {
            throw new UncheckedIOException("JSON could not be written", e);
        }
        return out.append('\n').toString();
    }

    private static void write(JsonGenerator json, AuditReport report) throws IOException {
        json.writeStartObject();
        JsonSchema.write(json);
        json.writeStringField("root", report.root());
        json.writeArrayFieldStart("services");
        for (ServiceReport service : report.services()) {
            writeService(json, service);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("parseErrors");
        for (AuditReport.ParseError error : report.parseErrors()) {
            json.writeStartObject();
            json.writeStringField("file", error.file());
            json.writeNumberField("line", error.line());
            json.writeNumberField("column", error.column());
            json.writeStringField("message", error.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("missingDockerignore");
        for (String name : report.missingDockerignore()) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("savings");
        json.writeNumberField("beforeBytes", report.savings().beforeBytes());
        json.writeNumberField("afterBytes", report.savings().afterBytes());
        json.writeNumberField("percent", report.savings().percent());
        json.writeBooleanField("estimated", report.savings().before() != AuditReport.Savings.Basis.MEASURED
                || report.savings().after() != AuditReport.Savings.Basis.MEASURED);
        json.writeStringField("before", report.savings().before().label());
        json.writeStringField("after", report.savings().after().label());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeService(JsonGenerator json, ServiceReport service) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", service.name());
        json.writeStringField("dockerfile", service.dockerfile());
        json.writeStringField("baseImage", service.baseImage());
        json.writeObjectFieldStart("size");
        json.writeNumberField("bytes", service.sizeBytes());
        json.writeBooleanField("estimated", service.estimated());
        json.writeBooleanField("approximate", service.approximate());
        json.writeBooleanField("measured", service.measured());
        json.writeStringField("source", service.measured() ? service.measurement().source().label() : "estimate");
        json.writeEndObject();
        json.writeNumberField("layers", service.layers());
        writeMeasurement(json, service.measurement());
        json.writeStringField("topIssue", service.topIssue().orElse(null));
        json.writeBooleanField("hasDockerignore", service.hasDockerignore());
        json.writeArrayFieldStart("findings");
        for (ServiceReport.FindingRow finding : service.findings()) {
            json.writeStartObject();
            json.writeStringField("ruleId", finding.ruleId());
            json.writeStringField("severity", finding.severity());
            json.writeNumberField("line", finding.line());
            json.writeNumberField("column", finding.column());
            json.writeStringField("message", finding.message());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("stages");
        for (ServiceReport.StageRow stage : service.stages()) {
            json.writeStartObject();
            json.writeStringField("name", stage.name());
            json.writeStringField("from", stage.from());
            json.writeNumberField("instructionCount", stage.instructionCount());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("optimized");
        json.writeStringField("baseImage", service.optimizedBase());
        json.writeNumberField("bytes", service.optimizedBytes());
        json.writeBooleanField("estimated", !service.optimizedMeasured());
        json.writeStringField("reason", service.optimizationReason());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** How the figures were had, when an engine was asked: {@code measurement} is absent for plain estimates. */
    private static void writeMeasurement(JsonGenerator json, Measurement how) throws IOException {
        if (how.source() == Measurement.Source.ESTIMATE) {
            return;
        }
        json.writeObjectFieldStart("measurement");
        json.writeStringField("source", how.source().label());
        json.writeStringField("image", how.image());
        if (how.imageId().isPresent()) {
            json.writeStringField("imageId", how.imageId().get());
        }
        if (how.buildTime().isPresent()) {
            json.writeNumberField("buildSeconds", how.buildTime().get().toMillis() / 1000.0);
        }
        if (how.failure().isPresent()) {
            json.writeStringField("error", how.failure().get());
        }
        json.writeEndObject();
    }
}
