package dev.slimline.cli;

import dev.slimline.scan.osv.LocalOsvServer;
import dev.slimline.scan.osv.OsvArchives;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fixture OSV database in the shape OSV publishes (one {@code all.zip} per ecosystem, one JSON record per advisory),
 * served on 127.0.0.1 and loaded with {@code slimline db update}, the way a user fills the cache.
 */
final class FixtureAdvisories {

    /** CVSS 3.1 base 7.5 (HIGH): network, no privileges, availability high. */
    static final String HIGH_VECTOR = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H";
    /** CVSS 3.1 base 5.3 (MEDIUM): local, low privileges, low impact. */
    static final String MEDIUM_VECTOR = "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:L/I:L/A:L";

    private FixtureAdvisories() {
    }

    /** One OSV record with one ECOSYSTEM range and a CVSS v3 vector. */
    static String advisory(String id, String alias, String summary, String ecosystem, String name, String fixed,
            String vector) {
        return """
                {"schema_version": "1.6.0", "id": "%s", "aliases": ["%s"], "summary": "%s",
                 "modified": "2024-05-02T10:00:00Z", "published": "2024-04-20T00:00:00Z",
                 "severity": [{"type": "CVSS_V3", "score": "%s"}],
                 "affected": [{"package": {"ecosystem": "%s", "name": "%s"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "%s"}]}]}]}
                """.formatted(id, alias, summary, vector, ecosystem, name, fixed);
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
