package dev.slimline.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.Severity;
import java.util.Optional;

/**
 * The audit report as SARIF for GitHub code scanning ({@link SarifLog}): the rules in {@code tool.driver.rules}, one
 * result per finding with a repository-relative location. Parse errors are tool execution notifications, not results.
 */
public final class SarifRenderer implements ReportRenderer {

    @Override
    public String render(AuditReport report) {
        SarifLog sarif = new SarifLog();
        for (AuditReport.RuleDescription rule : report.rules()) {
            ObjectNode node = sarif.rule(rule.id(), rule.summary(), rule.helpUri());
            node.putObject("defaultConfiguration").put("level", rule.level());
            node.withObjectProperty("properties").put("severity", rule.severity());
            if (rule.security()) {
                SarifLog.security(node, Optional.empty(), Severity.parse(rule.severity()).orElseThrow());
            }
        }
        for (ServiceReport service : report.services()) {
            for (ServiceReport.FindingRow finding : service.findings()) {
                ObjectNode result = sarif.result(finding.ruleId(), finding.level(), finding.message());
                SarifLog.sourceLocation(result, service.dockerfile(), finding.line(), finding.column());
            }
        }
        ObjectNode invocation = sarif.run().putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (AuditReport.ParseError error : report.parseErrors()) {
            ObjectNode notification = notifications.addObject();
            notification.put("level", "error");
            notification.putObject("message").put("text", "Dockerfile not audited: " + error.message());
            SarifLog.sourceLocation(notification, error.file(), error.line(), error.column());
        }
        return sarif.toJson() + "\n"; // audit renderers end their text with a newline
    }
}
