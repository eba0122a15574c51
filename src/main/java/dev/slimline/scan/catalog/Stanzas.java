package dev.slimline.scan.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 822-style field blocks separated by blank lines, as dpkg's status file and Python's core metadata write them.
 * Continuation lines (leading space or tab) belong to the previous field; the first occurrence of a field wins.
 */
final class Stanzas {

    private Stanzas() {
    }

    static List<Map<String, String>> parse(byte[] content) {
        List<Map<String, String>> stanzas = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        String lastKey = null;
        for (String line : new String(content, StandardCharsets.UTF_8).split("\r?\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    stanzas.add(current);
                    current = new LinkedHashMap<>();
                }
                lastKey = null;
            } else if ((line.startsWith(" ") || line.startsWith("\t"))) {
                if (lastKey != null) {
                    current.computeIfPresent(lastKey, (k, v) -> v + "\n" + line.strip());
                }
            } else {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    lastKey = line.substring(0, colon).strip();
                    current.putIfAbsent(lastKey, line.substring(colon + 1).strip());
                }
            }
        }
        if (!current.isEmpty()) {
            stanzas.add(current);
        }
        return stanzas;
    }
}
