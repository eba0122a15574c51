package dev.slimline.gate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.gate.CheckKind;
import dev.slimline.gate.CheckResult;
import dev.slimline.gate.GateResult;
import dev.slimline.gate.ServiceVerdict;
import java.io.UncheckedIOException;

/**
 * SARIF 2.1.0 for code scanning: one rule per check kind ({@code SLG001}...), one error result per failed check
 * located on the service's Dockerfile, so the failure shows on the pull request's changed file.
 */
final class GateSarif {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GateSarif() {
    }

    static String render(GateResult result) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json").put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "slimline-gate").put("informationUri", "https://slimline.dev/");
        ArrayNode rules = driver.putArray("rules");
        for (CheckKind kind : CheckKind.values()) {
            ObjectNode rule = rules.addObject().put("id", kind.ruleId()).put("name", kind.key());
            rule.putObject("shortDescription").put("text", kind.summary());
            rule.putObject("defaultConfiguration").put("level", "error");
        }
        ArrayNode results = run.putArray("results");
        for (ServiceVerdict service : result.services()) {
            for (CheckResult failure : service.failures()) {
                ObjectNode node = results.addObject().put("ruleId", failure.kind().ruleId())
                        .put("ruleIndex", failure.kind().ordinal()).put("level", "error");
                node.putObject("message").put("text", service.service() + ": " + failure.message());
                ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", service.dockerfile());
                physical.putObject("region").put("startLine", 1);
                node.putObject("properties").put("service", service.service()).put("figure", failure.figure())
                        .put("limit", failure.limit());
            }
        }
        try {
            return JSON.writeValueAsString(log);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
