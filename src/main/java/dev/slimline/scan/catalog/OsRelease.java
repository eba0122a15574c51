package dev.slimline.scan.catalog;

import dev.slimline.scan.osv.OsEcosystems;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The distribution an image is built on, from {@code /etc/os-release} (or {@code /usr/lib/os-release}).
 *
 * @param id        {@code ID}, e.g. {@code debian}, {@code alpine}
 * @param versionId {@code VERSION_ID}, e.g. {@code 12}; may be empty (Debian testing)
 * @param prettyName {@code PRETTY_NAME}
 */
public record OsRelease(String id, String versionId, String prettyName) {

    public static OsRelease parse(byte[] content) {
        Map<String, String> fields = new HashMap<>();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0 || line.startsWith("#")) {
                continue;
            }
            String value = line.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))
                    && value.endsWith(value.substring(0, 1))) {
                value = value.substring(1, value.length() - 1);
            }
            fields.put(line.substring(0, eq).strip(), value);
        }
        return new OsRelease(fields.getOrDefault("ID", ""), fields.getOrDefault("VERSION_ID", ""),
                fields.getOrDefault("PRETTY_NAME", ""));
    }

    /** The OSV ecosystem of this release's advisories ({@code Debian:12}), when slimline knows the distribution. */
    public Optional<String> osvEcosystem() {
        if (versionId.isEmpty() && !id.equals("wolfi")) {
            return Optional.empty();
        }
        return switch (id) {
            case "debian" -> Optional.of(OsEcosystems.debian(versionId));
            case "alpine" -> Optional.of(OsEcosystems.alpine(versionId));
            case "wolfi" -> Optional.of(OsEcosystems.WOLFI);
            case "rhel", "redhat" -> Optional.of(OsEcosystems.redHat(versionId));
            case "almalinux" -> Optional.of(OsEcosystems.almaLinux(versionId));
            case "rocky" -> Optional.of(OsEcosystems.rockyLinux(versionId));
            default -> Optional.empty();
        };
    }

    /** The purl {@code distro} qualifier: {@code debian-12}, {@code alpine-3.19.1}. */
    public String distroQualifier() {
        return id.isEmpty() ? "" : versionId.isEmpty() ? id : id + "-" + versionId;
    }
}
