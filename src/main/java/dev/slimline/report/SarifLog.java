package dev.slimline.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.Severity;
import dev.slimline.ToolVersion;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one SARIF 2.1.0 builder behind every command's {@code --format sarif} (audit, gate, scan): one run whose driver
 * is always {@value #DRIVER} at {@link ToolVersion#current()}, rules with absolute help URIs, results that point at
 * their rule by index, and GitHub's {@code security-severity} on security rules. Callers add what only they know
 * (locations, suppressions, properties) on the nodes it hands back.
 */
public final class SarifLog {

    public static final String DRIVER = "slimline";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /**
     * Where slimline's documentation ({@code docs/...} in its repository) is published. SARIF needs an absolute
     * {@code helpUri}; a page's repository path is kept in the rule's {@code properties.docPath}.
     */
    public static final String DEFAULT_DOCS_BASE = "https://slimline.dev/";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final ObjectNode log = JSON.createObjectNode();
    private final ObjectNode run;
    private final ArrayNode rules;
    private final ArrayNode results;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final String docsBase;

    public SarifLog() {
        this(ToolVersion.current(), DEFAULT_DOCS_BASE);
    }

    public SarifLog(String toolVersion, String docsBase) {
        this.docsBase = docsBase.endsWith("/") ? docsBase : docsBase + "/";
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", DRIVER).put("version", toolVersion).put("informationUri", this.docsBase);
        rules = driver.putArray("rules");
        results = run.putArray("results");
    }

    /** The run, for what one command alone writes ({@code invocations}, {@code originalUriBaseIds}). */
    public ObjectNode run() {
        return run;
    }

    public boolean hasRule(String id) {
        return ruleIndex.containsKey(id);
    }

    /**
     * Declares a rule; an id declared twice is a programming error ({@link #hasRule} asks first).
     *
     * @param docPath a page of slimline's docs ({@code docs/rules/SL1001.md}), made absolute against the docs base
     */
    public ObjectNode rule(String id, String summary, String docPath) {
        ObjectNode rule = newRule(id, summary);
        rule.put("helpUri", docsBase + docPath);
        rule.putObject("properties").put("docPath", docPath);
        return rule;
    }

    /** A rule documented elsewhere, e.g. an advisory's page; {@code helpUri} must be absolute. */
    public ObjectNode externalRule(String id, String summary, Optional<String> helpUri) {
        ObjectNode rule = newRule(id, summary);
        helpUri.ifPresent(uri -> rule.put("helpUri", uri));
        rule.putObject("properties");
        return rule;
    }

    /**
     * Marks a rule as a security finding: GitHub sorts and labels those by {@code security-severity}, a CVSS-like
     * score. A measured score wins; else the severity's band gets its lower bound (GitHub's bands: critical 9.0,
     * high 7.0, medium 4.0, low 0.1).
     */
    public static void security(ObjectNode rule, Optional<Double> score, Severity severity) {
        ObjectNode properties = rule.withObjectProperty("properties");
        double value = score.orElseGet(() -> switch (severity) {
            case CRITICAL -> 9.0;
            case HIGH -> 7.0;
            case MEDIUM -> 4.0;
            case LOW -> 0.1;
            case INFO -> 0.0;
        });
        properties.put("security-severity", String.format(Locale.ROOT, "%.1f", value));
        properties.withArrayProperty("tags").add("security");
    }

    /** A result; it points at its rule by index when the rule is declared (a rule from a plugin may not be). */
    public ObjectNode result(String ruleId, String level, String message) {
        ObjectNode result = results.addObject();
        result.put("ruleId", ruleId);
        Integer index = ruleIndex.get(ruleId);
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", level);
        result.putObject("message").put("text", message);
        return result;
    }

    /** Adds a source location under {@code %SRCROOT%} (a repository-relative path); columns start at 1, 0 = none. */
    public static void sourceLocation(ObjectNode node, String file, int line, int column) {
        ObjectNode physical = node.withArrayProperty("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", file).put("uriBaseId", "%SRCROOT%");
        ObjectNode region = physical.putObject("region");
        region.put("startLine", Math.max(1, line));
        if (column > 0) {
            region.put("startColumn", column);
        }
    }

    /** The log as indented JSON, without a final newline (commands print it with println). */
    public String toJson() {
        try {
            return JSON.writeValueAsString(log);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SARIF tree could not be written", e);
        }
    }

    private ObjectNode newRule(String id, String summary) {
        if (ruleIndex.containsKey(id)) {
            throw new IllegalArgumentException("SARIF rule declared twice: " + id);
        }
        ruleIndex.put(id, rules.size());
        ObjectNode rule = rules.addObject();
        rule.put("id", id);
        rule.putObject("shortDescription").put("text", summary);
        return rule;
    }
}
