package dev.slimline.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The audit as JSON; field names are a public contract (README "Audit JSON"). */
public final class JsonRenderer implements ReportRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String render(AuditReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("root", report.root());
        ArrayNode services = root.putArray("services");
        for (ServiceReport service : report.services()) {
            ObjectNode node = services.addObject();
            node.put("name", service.name());
            node.put("dockerfile", service.dockerfile());
            node.put("baseImage", service.baseImage());
            ObjectNode size = node.putObject("size");
            size.put("bytes", service.sizeBytes());
            size.put("estimated", service.estimated());
            size.put("approximate", service.approximate());
            node.put("layers", service.layers());
            if (service.topIssue().isPresent()) {
                node.put("topIssue", service.topIssue().get());
            } else {
                node.putNull("topIssue");
            }
            node.put("hasDockerignore", service.hasDockerignore());
            ArrayNode findings = node.putArray("findings");
            for (ServiceReport.FindingRow finding : service.findings()) {
                findings.addObject().put("ruleId", finding.ruleId()).put("severity", finding.severity())
                        .put("line", finding.line()).put("column", finding.column()).put("message", finding.message());
            }
            ArrayNode stages = node.putArray("stages");
            for (ServiceReport.StageRow stage : service.stages()) {
                stages.addObject().put("name", stage.name()).put("from", stage.from())
                        .put("instructionCount", stage.instructionCount());
            }
            node.putObject("optimized").put("baseImage", service.optimizedBase())
                    .put("bytes", service.optimizedBytes()).put("estimated", true)
                    .put("reason", service.optimizationReason());
        }
        ArrayNode errors = root.putArray("parseErrors");
        for (AuditReport.ParseError error : report.parseErrors()) {
            errors.addObject().put("file", error.file()).put("line", error.line()).put("column", error.column())
                    .put("message", error.message());
        }
        ArrayNode missing = root.putArray("missingDockerignore");
        report.missingDockerignore().forEach(missing::add);
        root.putObject("savings").put("beforeBytes", report.savings().beforeBytes())
                .put("afterBytes", report.savings().afterBytes()).put("percent", report.savings().percent())
                .put("estimated", true);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON tree could not be written", e);
        }
    }
}
