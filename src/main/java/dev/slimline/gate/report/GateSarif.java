package dev.slimline.gate.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.gate.CheckKind;
import dev.slimline.gate.CheckResult;
import dev.slimline.gate.GateResult;
import dev.slimline.gate.ServiceVerdict;
import dev.slimline.report.SarifLog;

/**
 * The gate as SARIF ({@link SarifLog}): one rule per check kind ({@code SLG001}...), documented in docs/gate.md, one
 * error result per failed check located on the service's Dockerfile, so the failure shows on the pull request's
 * changed file.
 */
final class GateSarif {

    private static final String DOC = "docs/gate.md";

    private GateSarif() {
    }

    static String render(GateResult result) {
        SarifLog sarif = new SarifLog();
        for (CheckKind kind : CheckKind.values()) {
            ObjectNode rule = sarif.rule(kind.ruleId(), kind.summary(), DOC).put("name", kind.key());
            rule.putObject("defaultConfiguration").put("level", "error");
        }
        for (ServiceVerdict service : result.services()) {
            for (CheckResult failure : service.failures()) {
                ObjectNode node = sarif.result(failure.kind().ruleId(), "error",
                        service.service() + ": " + failure.message());
                SarifLog.sourceLocation(node, service.dockerfile(), 1, 0);
                node.putObject("properties").put("service", service.service()).put("figure", failure.figure())
                        .put("limit", failure.limit());
            }
        }
        return sarif.toJson();
    }
}
