package dev.slimline.verify;

import java.util.Map;
import java.util.UUID;

/**
 * The label one verify run puts on every container, network, volume and image it makes, so cleanup (and a test)
 * can find them all with one filter.
 *
 * @param runId unique per run
 */
public record RunLabel(String runId) {

    public RunLabel {
        if (runId == null || !runId.matches("[a-z0-9]{1,32}")) {
            throw new IllegalArgumentException("a run id is 1 to 32 lower-case letters and digits: '" + runId + "'");
        }
    }

    /** The label key; its value is the run id. */
    public static final String KEY = "dev.slimline.verify";

    public static RunLabel fresh() {
        return new RunLabel(UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    public Map<String, String> asMap() {
        return Map.of(KEY, runId);
    }

    /** The {@code key=value} filter for {@link dev.slimline.engine.DockerEngine#listByLabel}. */
    public String filter() {
        return KEY + "=" + runId;
    }

    /** The tag of one service's image of one variant, e.g. {@code slimline-verify/services-api:optimized-1a2b3c}. */
    public String imageTag(String service, Variant variant) {
        return "slimline-verify/" + safeName(service) + ":" + variant.id() + "-" + runId;
    }

    /** The compose project of one variant, e.g. {@code slimlineverify1a2b3c-optimized}. */
    public String projectName(Variant variant) {
        return "slimlineverify" + runId + "-" + variant.id();
    }

    /** A service name as a Docker name component: lower-case letters, digits and dashes. */
    public static String safeName(String service) {
        String name = service.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "service" : name;
    }
}
