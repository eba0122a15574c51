package dev.slimline.scan.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Builds package URLs ({@code pkg:type/namespace/name@version?qualifiers}) as the purl specification spells them:
 * each segment percent-encoded except unreserved characters, qualifiers sorted by key, empty ones left out.
 */
public final class Purl {

    private Purl() {
    }

    public static String of(String type, String namespace, String name, String version, Map<String, String> qualifiers) {
        StringBuilder purl = new StringBuilder("pkg:").append(type).append('/');
        if (namespace != null && !namespace.isEmpty()) {
            for (String segment : namespace.split("/")) {
                if (!segment.isEmpty()) {
                    purl.append(encode(segment)).append('/');
                }
            }
        }
        purl.append(encode(name));
        if (version != null && !version.isEmpty()) {
            purl.append('@').append(encode(version));
        }
        StringJoiner query = new StringJoiner("&");
        new TreeMap<>(qualifiers).forEach((key, value) -> {
            if (value != null && !value.isEmpty()) {
                query.add(key + "=" + encode(value));
            }
        });
        if (query.length() > 0) {
            purl.append('?').append(query);
        }
        return purl.toString();
    }

    /** Percent-encodes everything but {@code A-Z a-z 0-9 . - _ ~}; {@code +} becomes {@code %2B}, as the spec asks. */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
