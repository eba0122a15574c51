package dev.slimline.scan.osv;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Builds advisories from OSV JSON text in tests. */
final class OsvFixtures {

    private OsvFixtures() {
    }

    static Advisory advisory(String json) {
        return OsvParser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    /** A minimal advisory with one affected package and one range of the given type and events JSON. */
    static Advisory withRange(String ecosystem, String name, String type, String eventsJson) {
        return advisory("""
                {"id": "TEST-1", "modified": "2024-01-01T00:00:00Z",
                 "affected": [{"package": {"ecosystem": "%s", "name": "%s"},
                               "ranges": [{"type": "%s", "events": %s}]}]}
                """.formatted(ecosystem, name, type, eventsJson));
    }
}
