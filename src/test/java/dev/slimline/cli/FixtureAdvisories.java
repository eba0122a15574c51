package dev.slimline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slimline.scan.osv.LocalOsvServer;
import dev.slimline.scan.osv.OsvArchives;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixture OSV database in the shape OSV publishes (one {@code all.zip} per ecosystem, one JSON record per advisory),
 * served on 127.0.0.1 and loaded with {@code slimline db update}, the way a user fills the cache.
 */
final class FixtureAdvisories {

    /** CVSS 3.1 base 7.5 (HIGH): network, no privileges, availability high. */
    static final String HIGH_VECTOR = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H";
    /** CVSS 3.1 base 5.3 (MEDIUM): local, low privileges, low impact. */
    static final String MEDIUM_VECTOR = "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:L/I:L/A:L";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FixtureAdvisories() {
    }

    /** One ECOSYSTEM range: affected from {@code introduced} up to {@code fixed}; {@code fixed} null when no fix is out. */
    record Span(String introduced, String fixed) {

        static Span fixedIn(String fixed) {
            return new Span("0", fixed);
        }

        static Span unfixed() {
            return new Span("0", null);
        }
    }

    /** One OSV record with one ECOSYSTEM range and a CVSS v3 vector. */
    static String advisory(String id, String alias, String summary, String ecosystem, String name, String fixed,
            String vector) {
        return advisory(id, List.of(alias), summary, vector, ecosystem, name, List.of(Span.fixedIn(fixed)));
    }

    /** One OSV record (schema 1.6) for one package, affected in each span, rated by a CVSS v3 vector. */
    static String advisory(String id, List<String> aliases, String summary, String vector, String ecosystem,
            String name, List<Span> spans) {
        ObjectNode record = JSON.createObjectNode();
        record.put("schema_version", "1.6.0");
        record.put("id", id);
        ArrayNode aliasArray = record.putArray("aliases");
        aliases.forEach(aliasArray::add);
        record.put("summary", summary);
        record.put("modified", "2024-05-02T10:00:00Z");
        record.put("published", "2024-04-20T00:00:00Z");
        ObjectNode severity = record.putArray("severity").addObject();
        severity.put("type", "CVSS_V3");
        severity.put("score", vector);
        ObjectNode affected = record.putArray("affected").addObject();
        affected.putObject("package").put("ecosystem", ecosystem).put("name", name);
        ObjectNode range = affected.putArray("ranges").addObject();
        range.put("type", "ECOSYSTEM");
        ArrayNode events = range.putArray("events");
        for (Span span : spans) {
            events.addObject().put("introduced", span.introduced());
            if (span.fixed() != null) {
                events.addObject().put("fixed", span.fixed());
            }
        }
        return record.toString();
    }

    /** Debian security updates append or bump {@code ~debNNuN}/{@code +debNNuN}: the next one is above the installed. */
    static String nextSecurityUpdate(String version) {
        Matcher m = Pattern.compile("(.*deb12u)(\\d+)$").matcher(version);
        return m.matches() ? m.group(1) + (Integer.parseInt(m.group(2)) + 1) : version + "+deb12u1";
    }

    /** Serves the archives (ecosystem folder -> entries) and runs {@code db update} into {@code db}. */
    static void load(Path db, Map<String, Map<String, String>> archives) throws IOException {
        try (LocalOsvServer server = new LocalOsvServer()) {
            StringBuilder ecosystems = new StringBuilder();
            for (Map.Entry<String, Map<String, String>> archive : archives.entrySet()) {
                server.serve("/osv/" + archive.getKey() + "/all.zip", OsvArchives.zip(archive.getValue()));
                ecosystems.append(ecosystems.isEmpty() ? "" : ",").append(archive.getKey());
            }
            CliHarness.Result update = CliHarness.run("db", "update", "--db", db.toString(), "--url",
                    server.baseUrl().toString(), "--ecosystem", ecosystems.toString());
            if (update.exitCode() != 0) {
                throw new AssertionError("db update failed: " + update.err());
            }
        }
    }
}
