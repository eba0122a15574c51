package dev.slimline.gate.report;

import dev.slimline.report.JsonSchema;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.gate.CheckResult;
import dev.slimline.gate.GateResult;
import dev.slimline.gate.ServiceVerdict;
import java.io.UncheckedIOException;

/** Machine-readable gate result: per service its figures, baseline and checks. */
final class GateJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GateJson() {
    }

    static String render(GateResult result) {
        ObjectNode root = JsonSchema.root(JSON);
        root.put("passed", result.passed());
        ArrayNode services = root.putArray("services");
        for (ServiceVerdict service : result.services()) {
            ObjectNode node = services.addObject();
            node.put("service", service.service()).put("dockerfile", service.dockerfile())
                    .put("image", service.figures().image()).put("passed", service.passed())
                    .put("sizeBytes", service.figures().sizeBytes())
                    .put("wastedBytes", service.figures().wastedBytes())
                    .put("efficiency", service.figures().efficiency());
            service.baseline().ifPresentOrElse(b -> node.put("baselineBytes", b), () -> node.putNull("baselineBytes"));
            ArrayNode checks = node.putArray("checks");
            for (CheckResult check : service.checks()) {
                ObjectNode c = checks.addObject().put("check", check.kind().key()).put("id", check.kind().ruleId())
                        .put("passed", check.passed()).put("figure", check.figure()).put("limit", check.limit())
                        .put("message", check.message());
                check.setAt().ifPresent(at -> c.put("setAt", at.file() + ":" + at.line() + ":" + at.column()));
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
