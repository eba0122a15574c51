package dev.slimline.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.scan.vuln.VulnerabilityFinding;
import dev.slimline.scan.vuln.ScanResult;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

/**
 * A scan as GitLab's container scanning report ({@code artifacts:reports:container_scanning}, report format 15.x):
 * one vulnerability per active finding with its package, version, operating system and image, identifiers for the
 * advisory id and each alias, and the fixed version as the solution. Ignored findings are left out, as GitLab has no
 * field for an accepted one. Ids are derived from finding and image, so the same finding keeps its id across runs.
 */
public final class GitLabContainerScanningReport {

    public static final String VERSION = "15.0.7";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** GitLab's schema wants a zone-less UTC time to the second. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private GitLabContainerScanningReport() {
    }

    public static String write(ScanResult result, String toolVersion, Instant start, Instant end) {
        ObjectNode report = JSON.createObjectNode();
        report.put("version", VERSION);
        ArrayNode vulnerabilities = report.putArray("vulnerabilities");
        for (VulnerabilityFinding finding : result.active()) {
            ObjectNode vulnerability = vulnerabilities.addObject();
            vulnerability.put("id", UUID.nameUUIDFromBytes((result.source() + "|" + finding.key())
                    .getBytes(StandardCharsets.UTF_8)).toString());
            vulnerability.put("name", finding.id() + " in " + finding.packageName());
            vulnerability.put("description", finding.summary().isEmpty() ? finding.id() : finding.summary());
            vulnerability.put("severity", severity(finding));
            vulnerability.put("solution", finding.fixedVersion()
                    .map(v -> "Upgrade " + finding.packageName() + " to " + v).orElse("No fixed version published"));
            ArrayNode identifiers = vulnerability.putArray("identifiers");
            for (String id : finding.idAndAliases()) {
                ObjectNode identifier = identifiers.addObject();
                identifier.put("type", id.contains("-") ? id.substring(0, id.indexOf('-')).toLowerCase(Locale.ROOT) : "advisory");
                identifier.put("name", id);
                identifier.put("value", id);
            }
            ObjectNode location = vulnerability.putObject("location");
            ObjectNode dependency = location.putObject("dependency");
            dependency.putObject("package").put("name", finding.packageName());
            dependency.put("version", finding.installed());
            location.put("operating_system", result.distro().orElse("unknown"));
            location.put("image", result.source());
        }
        ObjectNode scan = report.putObject("scan");
        ObjectNode analyzer = scan.putObject("analyzer");
        tool(analyzer, toolVersion);
        tool(scan.putObject("scanner"), toolVersion);
        scan.put("type", "container_scanning");
        scan.put("start_time", TIME.format(start.truncatedTo(ChronoUnit.SECONDS)));
        scan.put("end_time", TIME.format(end.truncatedTo(ChronoUnit.SECONDS)));
        scan.put("status", "success");
        try {
            return JSON.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void tool(ObjectNode node, String version) {
        node.put("id", "slimline");
        node.put("name", "slimline");
        node.put("version", version);
        node.putObject("vendor").put("name", "slimline");
    }

    /** GitLab's levels: Critical, High, Medium, Low, Info, Unknown. */
    private static String severity(VulnerabilityFinding finding) {
        return switch (finding.severity()) {
            case CRITICAL -> "Critical";
            case HIGH -> "High";
            case MEDIUM -> "Medium";
            case LOW -> "Low";
            case NONE -> "Info";
            case UNKNOWN -> "Unknown";
        };
    }
}
