package dev.slimline.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run, the rules in {@code tool.driver.rules}, one result per finding
 * with a repository-relative location. Parse errors are tool execution notifications, not results.
 */
public final class SarifRenderer implements ReportRenderer {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /**
     * Where the rule pages ({@code docs/rules/ID.md} in slimline's repository) are published. SARIF needs an
     * absolute {@code helpUri}; the relative page path is kept in the rule's {@code properties.docPath}.
     */
    public static final String DEFAULT_DOCS_BASE = "https://slimline.dev/";

    private final String toolVersion;
    private final String docsBase;

    public SarifRenderer(String toolVersion) {
        this(toolVersion, DEFAULT_DOCS_BASE);
    }

    public SarifRenderer(String toolVersion, String docsBase) {
        this.toolVersion = toolVersion;
        this.docsBase = docsBase.endsWith("/") ? docsBase : docsBase + "/";
    }

    @Override
    public String render(AuditReport report) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "slimline").put("version", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (AuditReport.RuleDescription rule : report.rules()) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.putObject("shortDescription").put("text", rule.summary());
            node.put("helpUri", docsBase + rule.helpUri());
            node.putObject("defaultConfiguration").put("level", rule.level());
            node.putObject("properties").put("severity", rule.severity()).put("docPath", rule.helpUri());
        }
        ArrayNode results = run.putArray("results");
        for (ServiceReport service : report.services()) {
            for (ServiceReport.FindingRow finding : service.findings()) {
                ObjectNode result = results.addObject();
                result.put("ruleId", finding.ruleId());
                Integer index = ruleIndex.get(finding.ruleId());
                if (index != null) {
                    result.put("ruleIndex", index);
                }
                result.put("level", finding.level());
                result.putObject("message").put("text", finding.message());
                location(result.putArray("locations").addObject(), service.dockerfile(), finding.line(),
                        finding.column());
            }
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (AuditReport.ParseError error : report.parseErrors()) {
            ObjectNode notification = notifications.addObject();
            notification.put("level", "error");
            notification.putObject("message").put("text", "Dockerfile not audited: " + error.message());
            location(notification.putArray("locations").addObject(), error.file(), error.line(), error.column());
        }
        try {
            return JSON.writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SARIF tree could not be written", e);
        }
    }

    private static void location(ObjectNode location, String file, int line, int column) {
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", file).put("uriBaseId", "%SRCROOT%");
        ObjectNode region = physical.putObject("region");
        region.put("startLine", Math.max(1, line));
        if (column > 0) {
            region.put("startColumn", column);
        }
    }
}
